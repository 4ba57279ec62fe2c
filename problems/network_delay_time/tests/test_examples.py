"""Visible examples for network_delay_time (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ([[2, 1, 1], [2, 3, 1], [3, 4, 1]], 4, 2, 2),
    ([[1, 2, 1]], 2, 1, 1),
    ([[1, 2, 1]], 2, 2, -1),
    ([[1, 2, 5], [1, 2, 2], [2, 3, 0]], 3, 1, 2),
]


@pytest.mark.parametrize(("times", "n", "k", "want"), EXAMPLES, ids=["star", "one-link", "unreachable", "parallel"])
def test_example(solution, times, n, k, want):
    check_equal(solution.network_delay_time([list(e) for e in times], n, k), want,
                call=call_text("network_delay_time", times, n, k))
