"""Visible examples for search_rotated (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([7, 9, 1, 3, 5], 3, 3),
    ([7, 9, 1, 3, 5], 4, -1),
    ([1, 3, 5, 7, 9], 9, 4),
    ([6, 2], 2, 1),
    ([], 5, -1),
]
IDS = ["rotated", "absent", "not-rotated", "two-elements", "empty"]


@pytest.mark.parametrize("nums,target,want", EXAMPLES, ids=IDS)
def test_example(solution, nums, target, want):
    got = solution.search_rotated(list(nums), target)
    check_equal(got, want, call=call_text("search_rotated", nums, target))
