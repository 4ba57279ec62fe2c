"""Visible examples for house_robber (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [([1, 2, 3, 1], 4), ([2, 7, 9, 3, 1], 12), ([2, 1, 1, 2], 4), ([], 0), ([5], 5)]


@pytest.mark.parametrize(("nums", "want"), EXAMPLES, ids=["four", "five", "skip-two", "empty", "one"])
def test_example(solution, nums, want):
    check_equal(solution.rob(list(nums)), want, call=call_text("rob", nums))
