"""Shared by both matrix_factorization test files: judging the shape and kind of an answer."""

import numpy as np

from harness.authoring import check, check_close, check_equal, check_kind


def check_factors(got, want_U, want_V, call, tol) -> None:
    """got: what als returned; want_U, want_V: the expected float64 factors."""
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {type(got).__name__}"
                  f"{f' of length {len(got)}' if isinstance(got, (tuple, list)) else ''}; "
                  "expected a tuple (U, V)")
    U, V = got
    check_kind(U, want_U, call=f"{call} U")
    check_kind(V, want_V, call=f"{call} V")
    check_close(U, want_U, call=f"{call} U", **tol)
    check_close(V, want_V, call=f"{call} V", **tol)


def check_items(got, want, call) -> None:
    """got: what recommend returned; want: the expected list of item indices."""
    check(isinstance(got, list) and all(type(x) is int for x in got),
          lambda: f"{call} returned {got!r}; expected a list of Python ints (np.ndarray.tolist() gives one)")
    check_equal(got, [int(x) for x in np.asarray(want).tolist()], call=call)
