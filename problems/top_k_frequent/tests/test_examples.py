"""Visible examples for top_k_frequent (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([1, 1, 1, 2, 2, 3], 2, [1, 2]),
    ([4, 4, 9, 9, 7, 7, 7], 2, [7, 4]),
    ([5, -2, 8], 2, [-2, 5]),
    ([6], 1, [6]),
]


@pytest.mark.parametrize("nums,k,want", EXAMPLES, ids=["counts-differ", "tie-smaller-first", "all-tie", "single"])
def test_example(solution, nums, k, want):
    check_equal(solution.top_k_frequent(list(nums), k), want, call=call_text("top_k_frequent", nums, k))
