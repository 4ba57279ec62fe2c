"""Visible examples for k_closest_points (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([[1, 3], [-2, 2]], 1, [[-2, 2]]),
    ([[3, 3], [5, -1], [-2, 4]], 2, [[3, 3], [-2, 4]]),
    ([[0, 5], [3, 4], [5, 0]], 2, [[0, 5], [3, 4]]),
    ([[1, 1], [1, 1], [0, 0]], 2, [[0, 0], [1, 1]]),
]


@pytest.mark.parametrize(("points", "k", "want"), EXAMPLES, ids=["one", "two", "ties", "duplicates"])
def test_example(solution, points, k, want):
    check_equal(solution.k_closest([list(p) for p in points], k), want, call=call_text("k_closest", points, k))
