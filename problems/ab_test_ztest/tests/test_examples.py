"""Visible examples for ab_test_ztest (what `drill test` runs)."""

import pytest
from support import check_result

from harness.authoring import call_text, expect_raises

EXAMPLES = [
    ((120, 1000, 150, 1000), {"lift": 0.03, "z": 1.963049807622355, "p_value": 0.04964038686536881,
                              "significant": True}),
    ((200, 2000, 180, 2000, 0.05), {"lift": -0.01, "z": -1.0784844998962346, "p_value": 0.2808175953087627,
                                    "significant": False}),
    ((0, 500, 0, 400), {"lift": 0.0, "z": 0.0, "p_value": 1.0, "significant": False}),
]


@pytest.mark.parametrize("args,want", EXAMPLES, ids=["b-wins", "b-loses", "no-conversions"])
def test_example(solution, tol, args, want):
    check_result(solution.ab_test_ztest(*args), want, call=call_text("ab_test_ztest", *args), tol=tol)


def test_example_empty_arm(solution):
    expect_raises(ValueError, solution.ab_test_ztest, 5, 0, 3, 10, call=call_text("ab_test_ztest", 5, 0, 3, 10))
