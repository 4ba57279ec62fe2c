"""Visible examples for longest_increasing_subsequence (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([10, 9, 2, 5, 3, 7, 101, 18], 4),
    ([0, 1, 0, 3, 2, 3], 4),
    ([7, 7, 7, 7], 1),
    ([5, 4, 3, 2, 1], 1),
    ([], 0),
]


@pytest.mark.parametrize("nums,want", EXAMPLES, ids=["mixed", "with-dips", "all-equal", "decreasing", "empty"])
def test_example(solution, nums, want):
    got = solution.longest_increasing_subsequence(list(nums))
    check_equal(got, want, call=call_text("longest_increasing_subsequence", nums))
