"""Shared by both precision_recall_f1 test files: the counts behind each expected value, the call
wrappers and the checks (messages show tp, fp and fn, so a wrong formula is easy to spot)."""

import math

import numpy as np

from harness.authoring import SubmissionRaised, call_text, check

RTOL = 1e-12


def counts(y_true, y_pred, positive=1):
    tp = sum(1 for t, p in zip(y_true, y_pred) if t == positive and p == positive)
    fp = sum(1 for t, p in zip(y_true, y_pred) if t != positive and p == positive)
    fn = sum(1 for t, p in zip(y_true, y_pred) if t == positive and p != positive)
    return tp, fp, fn


def call(solution, name, y_true, y_pred):
    """solution.<name>(y_true, y_pred) on copies; a ZeroDivisionError is explained."""
    text = call_text(name, y_true, y_pred)
    try:
        return getattr(solution, name)(list(y_true), list(y_pred)), text
    except SubmissionRaised as exc:
        if exc.error_type not in ("ZeroDivisionError", "FloatingPointError"):
            raise
        tp, fp, fn = counts(y_true, y_pred)
        check(False, f"{text} raised {exc.error_type}: {exc.error_message} (tp={tp}, fp={fp}, fn={fn}). "
                     "A ratio whose denominator is 0 is 0.0 here: check tp + fp, tp + fn and "
                     "precision + recall before dividing")
        raise


def _is_float(x) -> bool:
    return isinstance(x, (float, np.floating))


def _close(got, want) -> bool:
    return math.isclose(got, want, rel_tol=RTOL, abs_tol=RTOL)


def check_prf(got, want, y_true, y_pred, text) -> None:
    """got must be a tuple of three floats equal to want (precision, recall, f1)."""
    check(type(got) is tuple and len(got) == 3,
          lambda: f"{text} returned {got!r} ({type(got).__name__}); expected a tuple of three floats "
                  "(precision, recall, f1)")
    tp, fp, fn = counts(y_true, y_pred)
    why = {
        "precision": f"tp / (tp + fp) = {tp} / {tp + fp}" if tp + fp else "0.0 since there are no predicted "
                     "positives (tp + fp = 0)",
        "recall": f"tp / (tp + fn) = {tp} / {tp + fn}" if tp + fn else "0.0 since there are no actual "
                  "positives (tp + fn = 0)",
        "f1": "2 * precision * recall / (precision + recall)" if tp else "0.0 since tp = 0",
    }
    for name, g, w in zip(("precision", "recall", "f1"), got, want):
        check(_is_float(g), lambda g=g, w=w, name=name: f"{text} returned {name} = {g!r} "
                                                   f"({type(g).__name__}); expected a float ({w!r})")
        check(not math.isnan(g) and _close(g, w),
              lambda g=g, w=w, name=name: f"{text} returned {name} = {g!r}; expected {w!r} = {why[name]} "
                                          f"(tp={tp}, fp={fp}, fn={fn}, positive class = 1)")


def check_macro(got, want, per_class, text, accuracy=None) -> None:
    """got must be a float equal to want; per_class maps each label to its expected F1; accuracy
    (the micro-averaged F1 of single-label data) names the pooled-counts mistake."""
    check(_is_float(got), lambda: f"{text} returned {got!r} ({type(got).__name__}); expected a float ({want!r})")
    shown = ", ".join(f"{c}: {f:.6g}" for c, f in sorted(per_class.items()))
    micro = ""
    if accuracy is not None and not _close(accuracy, want) and _is_float(got) and _close(got, accuracy):
        micro = (" (you returned the F1 of the pooled counts, i.e. micro-averaging, which equals the "
                 "accuracy here)")
    check(not math.isnan(got) and _close(got, want),
          lambda: f"{text} returned {got!r}; expected {want!r}, the plain mean of the per-class F1 scores "
                  f"{{{shown}}} over the {len(per_class)} labels found in y_true or y_pred{micro}")
