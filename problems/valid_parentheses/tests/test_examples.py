"""Visible examples for valid_parentheses (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ("()", True),
    ("()[]{}", True),
    ("{[()]}", True),
    ("(]", False),
    ("([)]", False),
]


@pytest.mark.parametrize("s,want", EXAMPLES, ids=["one-pair", "three-pairs", "nested", "wrong-type", "crossed"])
def test_example(solution, s, want):
    check_equal(solution.is_valid(s), want, call=call_text("is_valid", s))
