"""Visible examples for largest_rectangle (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([2, 1, 5, 6, 2, 3], 10),
    ([2, 4], 4),
    ([3, 3, 3], 9),
    ([1, 2, 3, 4, 5], 9),
    ([], 0),
]


@pytest.mark.parametrize(("heights", "want"), EXAMPLES, ids=["mixed", "two-bars", "level", "rising", "empty"])
def test_example(solution, heights, want):
    check_equal(solution.largest_rectangle(list(heights)), want, call=call_text("largest_rectangle", heights))
