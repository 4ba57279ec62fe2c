"""Visible examples for num_islands (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([[1, 1, 0], [0, 1, 0], [0, 0, 1]], 2),
    ([[1, 0, 1, 0, 1]], 3),
    ([[0, 0], [0, 0]], 0),
    ([[1, 1, 1], [1, 0, 1], [1, 1, 1]], 1),
    ([], 0),
]
IDS = ["corner-touch", "one-row", "all-water", "ring", "empty"]


@pytest.mark.parametrize("grid,want", EXAMPLES, ids=IDS)
def test_example(solution, grid, want):
    got = solution.num_islands([list(row) for row in grid])
    check_equal(got, want, call=call_text("num_islands", grid))
