"""Visible examples for merge_intervals (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check, check_equal, short_repr

EXAMPLES = [
    ([[8, 10], [1, 4], [3, 6], [12, 13]], [[1, 6], [8, 10], [12, 13]]),
    ([[1, 2], [2, 3]], [[1, 3]]),
    ([[2, 9], [3, 4], [5, 5]], [[2, 9]]),
    ([[1, 2], [3, 4]], [[1, 2], [3, 4]]),
    ([], []),
]


def check_merge(intervals, got, want) -> None:
    """Shape first (a list of [start, end] int lists), then the exact expected answer."""
    call = call_text("merge", intervals)
    check(type(got) is list, f"{call} returned {short_repr(got)} (a {type(got).__name__}); expected a list")
    bad = next((k for k, item in enumerate(got)
                if not (type(item) is list and len(item) == 2 and all(type(x) is int for x in item))), None)
    if bad is not None:
        check(False, f"{call} returned {short_repr(got)}; element {bad} is {short_repr(got[bad], 40)} (a "
                     f"{type(got[bad]).__name__}), but every element must be a [start, end] list of two ints")
    check_equal(got, want, call=call)


@pytest.mark.parametrize("intervals,want", EXAMPLES, ids=["mixed", "touching", "nested", "apart", "empty"])
def test_example(solution, intervals, want):
    check_merge(intervals, solution.merge([list(iv) for iv in intervals]), want)
