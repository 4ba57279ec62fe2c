"""Visible examples for word_search (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

BOARD = [["A", "B", "C", "E"], ["S", "F", "C", "S"], ["A", "D", "E", "E"]]
EXAMPLES = [(BOARD, "ABCCED", True), (BOARD, "SEE", True), (BOARD, "ABCB", False), ([["a"]], "a", True)]


@pytest.mark.parametrize(("board", "word", "want"), EXAMPLES, ids=["abcced", "see", "abcb", "one-cell"])
def test_example(solution, board, word, want):
    check_equal(solution.exist([list(row) for row in board], word), want, call=call_text("exist", board, word))
