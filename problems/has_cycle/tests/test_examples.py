"""Visible examples for has_cycle (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    (3, [[0, 1], [1, 2], [2, 0]], True),
    (4, [[0, 1], [0, 2], [1, 3], [2, 3]], False),
    (2, [[1, 1]], True),
    (2, [[0, 1], [0, 1]], False),
    (5, [[0, 1], [2, 3], [3, 4], [4, 2]], True),
]
IDS = ["triangle", "diamond", "self-loop", "parallel-edges", "cycle-away-from-0"]


@pytest.mark.parametrize("n,edges,want", EXAMPLES, ids=IDS)
def test_example(solution, n, edges, want):
    got = solution.has_cycle(n, [list(e) for e in edges])
    check_equal(got, want, call=call_text("has_cycle", n, edges))
