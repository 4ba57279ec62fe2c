"""Visible examples for word_search_ii (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

BOARD = [["o", "a", "a", "n"], ["e", "t", "a", "e"], ["i", "h", "k", "r"], ["i", "f", "l", "v"]]
EXAMPLES = [
    (BOARD, ["oath", "pea", "eat", "rain"], ["eat", "oath"]),
    ([["a", "b"], ["c", "d"]], ["abcb"], []),
    ([["a", "a"]], ["aaa", "a", "aa"], ["a", "aa"]),
]


@pytest.mark.parametrize(("board", "words", "want"), EXAMPLES, ids=["classic", "no-reuse", "short-words"])
def test_example(solution, board, words, want):
    check_equal(solution.find_words([list(row) for row in board], list(words)), want,
                call=call_text("find_words", board, words))
