"""Shared by both kmeans_pp test files: judging the indices and the score."""

import math

import numpy as np

from harness.authoring import check, check_equal, check_kind


def check_indices(got, want, call) -> None:
    """got: what kmeans_pp_init returned; want: the expected indices (a list)."""
    check_kind(got, np.zeros(len(want), dtype=np.int64), call=call)
    check_equal(np.asarray(got).tolist(), list(want), call=call)


def check_score(got, want, call, tol) -> None:
    check(type(got) is float, lambda: f"{call} returned {got!r} ({type(got).__name__}); expected a Python float")
    check(math.isclose(got, want, rel_tol=tol["rtol"], abs_tol=tol["atol"]),
          lambda: f"{call} returned {got!r}; expected {want!r}")
