"""Visible examples for kth_largest (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([3, 2, 1, 5, 6, 4], 2, 5),
    ([3, 2, 3, 1, 2, 4, 5, 5, 6], 4, 4),
    ([3, 3, 2], 2, 3),
    ([7], 1, 7),
]


@pytest.mark.parametrize("nums,k,want", EXAMPLES, ids=["distinct", "with-duplicates", "duplicate-top", "single"])
def test_example(solution, nums, k, want):
    check_equal(solution.find_kth_largest(list(nums), k), want, call=call_text("find_kth_largest", nums, k))
