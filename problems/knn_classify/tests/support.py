"""Checks shared by the visible and hidden tests of knn_classify."""

from collections.abc import Callable

import numpy as np

from harness.authoring import CheckFailed, check_kind


def check_labels(got, want: np.ndarray, *, call: str, explain: Callable[[int], str] | None = None) -> None:
    """got is an int64 array equal to want; on a mismatch, name the first wrong query and, when
    `explain` is given, show how its answer comes about."""
    check_kind(got, want, call=call)
    wrong = np.flatnonzero(got != want)
    if wrong.size:
        i = int(wrong[0])
        text = (f"{call} returned label {got[i]} for query {i}; expected {want[i]} "
                f"({wrong.size} of {len(want)} queries wrong)")
        if explain is not None:
            text += "\n" + explain(i)
        raise CheckFailed(text)
