"""Shared by both ndcg_at_k test files: the check on one answer."""

import math

import numpy as np

from harness.authoring import check

RTOL = 1e-12


def check_ndcg(got, want, call, why="") -> None:
    """got must be a float within RTOL of want; `why` says how want comes about."""
    check(isinstance(got, (float, np.floating)),
          lambda: f"{call} returned {got!r} ({type(got).__name__}); expected a float ({want!r})")
    check(not math.isnan(got) and math.isclose(got, want, rel_tol=RTOL, abs_tol=RTOL),
          lambda: f"{call} returned {got!r}; expected {want!r}{why}")
