"""Visible examples for wilson_interval (what `drill test` runs)."""

import pytest
from support import check_interval

from harness.authoring import call_text, expect_raises

EXAMPLES = [
    ((8, 100), (0.04109346148438063, 0.14998107700948732)),
    ((0, 50), (0.0, 0.0713475991333587)),
    ((50, 50), (0.9286524008666414, 1.0)),
    ((30, 120, 0.9), (0.19097866267267988, 0.32004587370088483)),
    ((3, 10, 0.99), (0.07956631652306578, 0.6799753207988973)),
]


@pytest.mark.parametrize("args,want", EXAMPLES, ids=["8-of-100", "none", "all", "90pct", "99pct"])
def test_example(solution, tol, args, want):
    check_interval(solution.wilson_interval(*args), want, call=call_text("wilson_interval", *args), tol=tol)


def test_example_no_users(solution):
    expect_raises(ValueError, solution.wilson_interval, 1, 0, call=call_text("wilson_interval", 1, 0))
