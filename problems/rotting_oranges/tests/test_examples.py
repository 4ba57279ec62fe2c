"""Visible examples for rotting_oranges (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([[1, 1, 2], [1, 0, 1], [1, 1, 1]], 4),
    ([[2, 1, 1, 1, 1, 1, 2]], 3),
    ([[2, 1, 0, 1], [1, 1, 0, 1]], -1),
    ([[2, 0], [0, 1]], -1),
    ([[0, 2, 0]], 0),
]
IDS = ["around-a-hole", "two-sources", "cut-off", "corner-touch", "nothing-fresh"]


@pytest.mark.parametrize("grid,want", EXAMPLES, ids=IDS)
def test_example(solution, grid, want):
    got = solution.minutes_to_rot([list(row) for row in grid])
    check_equal(got, want, call=call_text("minutes_to_rot", grid))
