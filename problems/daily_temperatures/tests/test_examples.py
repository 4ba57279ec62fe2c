"""Visible examples for daily_temperatures (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([73, 74, 75, 71, 69, 72, 76, 73], [1, 1, 4, 2, 1, 1, 0, 0]),
    ([30, 40, 50, 60], [1, 1, 1, 0]),
    ([5, 5, 5], [0, 0, 0]),
    ([], []),
]


@pytest.mark.parametrize(("temps", "want"), EXAMPLES, ids=["mixed", "rising", "level", "empty"])
def test_example(solution, temps, want):
    check_equal(solution.daily_temperatures(list(temps)), want, call=call_text("daily_temperatures", temps))
