"""Visible examples for ship_within_days (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 15),
    ([3, 2, 2, 4, 1, 4], 3, 6),
    ([1, 2, 3, 1, 1], 4, 3),
    ([7, 2, 5], 3, 7),
]


@pytest.mark.parametrize(("weights", "days", "want"), EXAMPLES, ids=["ten", "six", "five", "days-is-n"])
def test_example(solution, weights, days, want):
    check_equal(solution.ship_within_days(list(weights), days), want,
                call=call_text("ship_within_days", weights, days))
