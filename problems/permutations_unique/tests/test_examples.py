"""Visible examples for permutations_unique (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([1, 1, 2], [[1, 1, 2], [1, 2, 1], [2, 1, 1]]),
    ([3, 1, 2], [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]),
    ([5, 5], [[5, 5]]),
    ([], [[]]),
]


@pytest.mark.parametrize(("nums", "want"), EXAMPLES, ids=["one-pair", "distinct", "all-equal", "empty"])
def test_example(solution, nums, want):
    check_equal(solution.permute_unique(list(nums)), want, call=call_text("permute_unique", nums))
