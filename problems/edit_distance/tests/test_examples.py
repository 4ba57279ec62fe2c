"""Visible examples for edit_distance (what `drill test` runs)."""

import pytest

from harness.authoring import call_text, check_equal

EXAMPLES = [
    ("kitten", "sitting", 3),
    ("horse", "ros", 3),
    ("intention", "execution", 5),
    ("", "abc", 3),
    ("same", "same", 0),
]


@pytest.mark.parametrize("a,b,want", EXAMPLES, ids=["kitten", "horse", "intention", "empty", "identical"])
def test_example(solution, a, b, want):
    check_equal(solution.edit_distance(a, b), want, call=call_text("edit_distance", a, b))
