"""Checks shared by the visible and hidden tests of ridge_lasso: the (w, b) pair."""

import numpy as np

from harness.authoring import CheckFailed, check_close, check_kind, short_repr


def unpack(got, d: int, *, call: str):
    """got is a pair (w, b): w a float64 array of shape (d,), b a number. Returns them."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        raise CheckFailed(f"{call} returned {short_repr(got)}; expected a pair (w, b)")
    w, b = got
    check_kind(w, np.zeros(d), call=f"{call}: w")
    check_kind(b, 0.0, call=f"{call}: b")
    return w, float(b)


def check_fit(got, want_w: np.ndarray, want_b: float, *, call: str, tol: dict) -> None:
    """(w, b) equal the expected ones within the tolerances."""
    w, b = unpack(got, len(want_w), call=call)
    check_close(w, want_w, call=f"{call}: w", **tol)
    check_close(b, float(want_b), call=f"{call}: b", **tol)
