"""Visible examples for sliding_window_max (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([1, 3, -1, -3, 5, 3, 6, 7], 3, [3, 3, 5, 5, 6, 7]),
    ([4, 2], 1, [4, 2]),
    ([9, 10, 9, -7, -4], 5, [10]),
    ([5, 5, 1, 1], 2, [5, 5, 1]),
]


@pytest.mark.parametrize(("nums", "k", "want"), EXAMPLES, ids=["mixed", "k-is-1", "k-is-n", "duplicates"])
def test_example(solution, nums, k, want):
    check_equal(solution.max_sliding_window(list(nums), k), want, call=call_text("max_sliding_window", nums, k))
