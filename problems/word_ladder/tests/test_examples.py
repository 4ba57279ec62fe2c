"""Visible examples for word_ladder (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ("hit", "cog", ["hot", "dot", "dog", "lot", "log", "cog"], 5),
    ("hit", "cog", ["hot", "dot", "dog", "lot", "log"], 0),
    ("a", "c", ["a", "b", "c"], 2),
    ("lost", "lost", [], 1),
    ("ab", "cd", ["ad", "cd", "xy"], 3),
]


@pytest.mark.parametrize("begin,end,word_list,want", EXAMPLES,
                         ids=["hit-cog", "end-missing", "one-letter", "begin-is-end", "two-letters"])
def test_example(solution, begin, end, word_list, want):
    got = solution.ladder_length(begin, end, list(word_list))
    check_equal(got, want, call=call_text("ladder_length", begin, end, word_list))
