"""Visible examples for min_window_substring (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ("ADOBECODEBANC", "ABC", "BANC"),
    ("a", "a", "a"),
    ("a", "aa", ""),
    ("abab", "ab", "ab"),
    ("xaxbxxab", "aab", "axbxxa"),
]


@pytest.mark.parametrize(("s", "t", "want"), EXAMPLES,
                         ids=["classic", "single", "too-few", "leftmost-tie", "repeated-in-t"])
def test_example(solution, s, t, want):
    check_equal(solution.min_window(s, t), want, call=call_text("min_window", s, t))
