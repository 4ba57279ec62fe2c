"""Shared by both hinge_loss test files: judging (loss, gradient) with messages that name the
example, its margin and the rule it falls under."""

import math

import numpy as np

from harness.authoring import check, check_kind


def _text(a) -> str:
    return np.array2string(np.asarray(a), precision=6, separator=", ", max_line_width=10**6)


def _unpack(got, call, grad_shape):
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {type(got).__name__}"
                  f"{f' of length {len(got)}' if isinstance(got, (tuple, list)) else ''}; "
                  "expected a tuple (loss, grad)")
    loss, grad = got
    check(isinstance(loss, (float, np.floating)),
          lambda: f"{call} returned loss {loss!r} ({type(loss).__name__}); expected a float (float(...))")
    check_kind(grad, np.zeros(grad_shape), call=f"{call} grad")
    return float(loss), grad


def _close(a, b, tol):
    return np.isclose(a, b, rtol=tol["rtol"], atol=tol["atol"]) & ~np.isnan(a)


def _check_loss(loss, want, n, call, tol, formula):
    want = float(want)
    hint = ""
    if n > 1 and math.isclose(loss, want * n, rel_tol=1e-9, abs_tol=1e-12):
        hint = f" (you returned the SUM over the {n} examples; the loss is the mean)"
    check(bool(_close(loss, want, tol)), lambda: f"{call} returned loss {loss!r}; expected {want!r}, the mean "
                                                 f"over the {n} examples of {formula}{hint}")


def check_binary(got, want_loss, want_grad, scores, y, call, tol) -> None:
    n = len(scores)
    loss, grad = _unpack(got, call, (n,))
    _check_loss(loss, want_loss, n, call, tol, "max(0, 1 - y * s)")
    bad = np.flatnonzero(~_close(grad, want_grad, tol))
    if bad.size:
        i = int(bad[0])
        g, w, s, label = float(grad[i]), float(want_grad[i]), float(scores[i]), int(y[i])
        margin = label * s
        rule = (f"1 - y * s = {1 - margin:.6g} > 0, so d loss / d s = -y / n = {-label} / {n}" if margin < 1
                else "y * s is exactly 1: on the kink the convention here is 0" if margin == 1
                else "y * s > 1: the example is outside the margin and contributes nothing")
        check(False, f"{call} grad[{i}] = {g!r}; expected {w!r} for scores[{i}] = {s!r}, y[{i}] = {label}: "
                     f"{rule} ({bad.size} of {n} entries differ)")


def check_multiclass(got, want_loss, want_grad, scores, y, call, tol) -> None:
    n, c = scores.shape
    loss, grad = _unpack(got, call, (n, c))
    _check_loss(loss, want_loss, n, call, tol, "max(0, 1 + max_{j != y} s_j - s_y)")
    bad = np.flatnonzero(~_close(grad, want_grad, tol).all(axis=1))
    if bad.size:
        i = int(bad[0])
        check(False, f"{call} grad row {i} = {_text(grad[i])}; expected {_text(want_grad[i])} for scores row "
                     f"{_text(scores[i])} with true class y[{i}] = {int(y[i])}: when 1 + (best wrong score) - "
                     "(true score) > 0, the row gets +1/n at the best wrong class (the lowest index among "
                     "equal ones) and -1/n at the true class, else zeros (also when it is exactly 0) "
                     f"({bad.size} of {n} rows differ)")
