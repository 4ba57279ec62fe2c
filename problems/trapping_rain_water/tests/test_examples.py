"""Visible examples for trapping_rain_water (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1], 6),
    ([4, 2, 0, 3, 2, 5], 9),
    ([3, 0, 0, 3], 6),
    ([1, 2, 3, 4], 0),
    ([], 0),
]


@pytest.mark.parametrize("heights,want", EXAMPLES,
                         ids=["skyline", "deep-dip", "flat-bottom", "rising", "empty"])
def test_example(solution, heights, want):
    check_equal(solution.trap(list(heights)), want, call=call_text("trap", heights))
