"""Checks shared by the visible and hidden tests of decision_tree: comparing two trees node by node."""

import numbers

import numpy as np

from harness.authoring import CheckFailed, check_kind, fact, short_repr

THRESHOLD_RTOL = fact("threshold_rtol")


def _is_int(value) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _where(path: list[str]) -> str:
    return "the root" if not path else "root" + "".join(f"[{step!r}]" for step in path)


def _fail(call: str, path: list[str], text: str) -> None:
    raise CheckFailed(f"{call}: at {_where(path)}, {text}")


def check_tree(got, want: dict, *, call: str, path: list[str] | None = None) -> None:
    """got is a tree of nested dicts equal to want: same shape, features and labels exactly,
    thresholds within a relative 1e-9. The message names the first node that differs."""
    path = path or []
    if not isinstance(got, dict):
        _fail(call, path, f"expected a dict node, got {short_repr(got)}")
    if "label" in want:
        if set(got) != {"label"}:
            _fail(call, path, f"expected the leaf {want}; got a node with keys {sorted(map(str, got))}")
        if not _is_int(got["label"]):
            _fail(call, path, f"the leaf label {short_repr(got['label'])} is not an int")
        if int(got["label"]) != want["label"]:
            _fail(call, path, f"the leaf predicts {int(got['label'])}; expected {want['label']} "
                              "(the most frequent label of the samples reaching it, ties to the smallest)")
        return
    if set(got) != {"feature", "threshold", "left", "right"}:
        what = f"the leaf {got}" if "label" in got else f"a node with keys {sorted(map(str, got))}"
        _fail(call, path, f"expected a split on feature {want['feature']} at {want['threshold']!r}; got {what}")
    feature, threshold = got["feature"], got["threshold"]
    if not _is_int(feature):
        _fail(call, path, f"the feature {short_repr(feature)} is not an int")
    if not isinstance(threshold, numbers.Real) or isinstance(threshold, bool):
        _fail(call, path, f"the threshold {short_repr(threshold)} is not a float")
    same_threshold = abs(float(threshold) - want["threshold"]) <= THRESHOLD_RTOL * max(1.0, abs(want["threshold"]))
    if int(feature) != want["feature"] or not same_threshold:
        _fail(call, path, f"the split is feature {int(feature)} <= {float(threshold)!r}; expected feature "
                          f"{want['feature']} <= {want['threshold']!r}")
    check_tree(got["left"], want["left"], call=call, path=[*path, "left"])
    check_tree(got["right"], want["right"], call=call, path=[*path, "right"])


def check_labels(got, want: np.ndarray, *, call: str) -> None:
    """got is an int64 array equal to want; a mismatch names the first wrong row."""
    check_kind(got, want, call=call)
    wrong = np.flatnonzero(got != want)
    if wrong.size:
        i = int(wrong[0])
        raise CheckFailed(f"{call} returned {got[i]} for row {i}; expected {want[i]} "
                          f"({wrong.size} of {len(want)} rows wrong)")
