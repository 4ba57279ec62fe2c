"""Shared by both pr_curve test files: judging each function's answer."""

import math

import numpy as np

from harness.authoring import check, check_close, check_kind


def check_curve(got, want, call, tol) -> None:
    """got: what pr_curve returned; want: the expected (precision, recall, thresholds)."""
    check(type(got) is tuple and len(got) == 3,
          lambda: f"{call} returned {type(got).__name__}"
                  f"{f' of length {len(got)}' if isinstance(got, (tuple, list)) else ''}; "
                  "expected a tuple (precision, recall, thresholds)")
    names = ("precision", "recall", "thresholds")
    for name, value in zip(names, got, strict=True):
        check(isinstance(value, np.ndarray) and value.ndim == 1 and len(value) == len(want[2]),
              lambda name=name, value=value: f"{call} {name} is {type(value).__name__} of shape "
                                             f"{getattr(value, 'shape', '?')}; expected a 1-d array of length "
                                             f"{len(want[2])}, one entry per distinct score (equal scores form one "
                                             "threshold)")
    for name, value, expected in zip(names, got, want, strict=True):
        check_kind(value, np.asarray(expected, dtype=np.float64), call=f"{call} {name}")
        check_close(value, np.asarray(expected, dtype=np.float64), call=f"{call} {name}", **tol)


def check_float(got, want, call, tol, what="") -> None:
    check(type(got) is float, lambda: f"{call} returned {got!r} ({type(got).__name__}); expected a Python float{what}")
    check(math.isclose(got, want, rel_tol=tol["rtol"], abs_tol=tol["atol"]),
          lambda: f"{call} returned {got!r}; expected {want!r}{what}")


def check_threshold(got, want, call, tol) -> None:
    """got: what best_threshold returned; want: the expected (threshold, cost)."""
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {got!r}; expected a tuple (threshold, cost) of two floats")
    check(type(got[0]) is float and type(got[1]) is float,
          lambda: f"{call} returned {got!r} ({type(got[0]).__name__}, {type(got[1]).__name__}); expected two "
                  "Python floats")
    check(got[0] == want[0], lambda: f"{call} returned threshold {got[0]!r} (cost {got[1]!r}); expected {want[0]!r} "
                                     f"(cost {want[1]!r}). Predict positive when score >= t; among equal costs "
                                     "take the highest threshold (inf first)")
    check_float(got[1], want[1], call, tol, what=f" as the cost at threshold {want[0]!r}")
