"""Checks shared by the visible and hidden tests of multiple_testing (no hidden inputs here)."""

from harness.authoring import check, check_close, short_repr


def check_adjusted(got, want_adjusted, alpha: float, *, call: str, tol: dict) -> None:
    import numpy as np

    want_adjusted = np.asarray(want_adjusted, dtype=np.float64)
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (adjusted, rejected)")
    adjusted, rejected = got
    shape = want_adjusted.shape
    check(isinstance(adjusted, np.ndarray) and adjusted.dtype == np.float64 and adjusted.shape == shape,
          lambda: f"{call} returned adjusted = {short_repr(adjusted, 60)}; expected a float64 numpy array of shape "
                  f"{shape}")
    check(isinstance(rejected, np.ndarray) and rejected.dtype == np.bool_ and rejected.shape == shape,
          lambda: f"{call} returned rejected = {short_repr(rejected, 60)}; expected a bool numpy array of shape {shape}")
    check(bool(np.all((adjusted >= 0) & (adjusted <= 1))),
          lambda: f"{call} returned adjusted p-values outside [0, 1], such as "
                  f"{adjusted[(adjusted < 0) | (adjusted > 1)][:3].tolist()}: clip at 1")
    check_close(adjusted, want_adjusted, call=f"the adjusted p-values of {call}", **tol)
    want_rejected = want_adjusted <= alpha
    wrong = np.flatnonzero(rejected != want_rejected)
    check(wrong.size == 0, lambda: f"{call}: rejected[{int(wrong[0])}] is {bool(rejected[wrong[0]])}; expected "
                                   f"{bool(want_rejected[wrong[0]])} (adjusted p {want_adjusted[wrong[0]]:.6g} vs "
                                   f"alpha {alpha})")
