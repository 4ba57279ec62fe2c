"""Visible examples for combination_sum (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([2, 3, 6, 7], 7, [[2, 2, 3], [7]]),
    ([2, 3, 5], 8, [[2, 2, 2, 2], [2, 3, 3], [3, 5]]),
    ([3, 2, 3], 6, [[2, 2, 2], [3, 3]]),
    ([4, 6], 5, []),
]


@pytest.mark.parametrize(("candidates", "target", "want"), EXAMPLES, ids=["seven", "eight", "repeated-3", "none"])
def test_example(solution, candidates, target, want):
    check_equal(solution.combination_sum(list(candidates), target), want,
                call=call_text("combination_sum", candidates, target))
