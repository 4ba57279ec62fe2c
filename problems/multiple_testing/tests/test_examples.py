"""Visible examples for multiple_testing (what `drill test` runs)."""

import pytest
from support import check_adjusted

from harness.authoring import call_text, expect_raises

P = [0.012, 0.041, 0.031, 0.004, 0.2]
EXAMPLES = [
    ((P, "bonferroni"), [0.06, 0.205, 0.155, 0.02, 1.0]),
    ((P, "holm"), [0.048, 0.093, 0.093, 0.02, 0.2]),
    ((P, "bh"), [0.03, 0.05125, 0.05125, 0.02, 0.2]),
    (([0.009, 0.011, 0.012, 0.3], "bh"), [0.016, 0.016, 0.016, 0.3]),
    (([], "holm"), []),
]


@pytest.mark.parametrize(("args", "want"), EXAMPLES, ids=["bonferroni", "holm", "bh", "bh-step-up", "empty"])
def test_example(solution, tol, args, want):
    check_adjusted(solution.adjust_p_values(*args), want, 0.05, call=call_text("adjust_p_values", *args), tol=tol)


def test_example_p_above_one(solution):
    expect_raises(ValueError, solution.adjust_p_values, [0.5, 1.2], "bh",
                  call=call_text("adjust_p_values", [0.5, 1.2], "bh"))
