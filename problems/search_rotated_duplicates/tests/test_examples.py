"""Visible examples for search_rotated_duplicates (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([2, 5, 6, 0, 0, 1, 2], 0, True),
    ([2, 5, 6, 0, 0, 1, 2], 3, False),
    ([1, 0, 1, 1, 1], 0, True),
    ([1, 1, 1, 1, 1], 2, False),
]


@pytest.mark.parametrize(("nums", "target", "want"), EXAMPLES, ids=["found", "absent", "hidden-zero", "all-equal"])
def test_example(solution, nums, target, want):
    check_equal(solution.search(list(nums), target), want, call=call_text("search", nums, target))
