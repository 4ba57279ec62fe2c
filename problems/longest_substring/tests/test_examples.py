"""Visible examples for longest_substring (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ("tomato", 4),
    ("zzzz", 1),
    ("letter", 3),
    ("", 0),
    ("日本語の本", 4),
]


@pytest.mark.parametrize("s,want", EXAMPLES, ids=[f"example-{i + 1}" for i in range(len(EXAMPLES))])
def test_example(solution, s, want):
    check_equal(solution.longest_substring(s), want, call=call_text("longest_substring", s))
