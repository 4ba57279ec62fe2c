"""Checks shared by the visible and hidden tests of naive_bayes."""

import numpy as np

from harness.authoring import CheckFailed, check_kind


def check_labels(got, want: np.ndarray, *, call: str) -> None:
    """got is an int64 array equal to want; a mismatch names the first wrong document."""
    check_kind(got, want, call=call)
    wrong = np.flatnonzero(got != want)
    if wrong.size:
        i = int(wrong[0])
        raise CheckFailed(f"{call} predicted {got[i]} for document {i}; expected {want[i]} "
                          f"({wrong.size} of {len(want)} documents wrong)")
