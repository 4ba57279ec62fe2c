"""Visible examples for chi_square_test (what `drill test` runs)."""

import pytest
from support import check_result

from harness.authoring import call_text, expect_raises

EXAMPLES = [
    (([[10, 20], [30, 40]],), {}, {"statistic": 0.7936507936507936, "dof": 1, "p_value": 0.37299848361348714,
                                   "expected": [[12.0, 18.0], [28.0, 42.0]]}),
    (([[10, 20], [30, 40]],), {"correction": True},
     {"statistic": 0.4464285714285714, "dof": 1, "p_value": 0.5040358664525048,
      "expected": [[12.0, 18.0], [28.0, 42.0]]}),
    (([[12, 5, 7], [8, 15, 9], [4, 6, 14]],), {},
     {"statistic": 12.316239316239315, "dof": 4, "p_value": 0.015148218734524382,
      "expected": [[7.2, 7.8, 9.0], [9.6, 10.4, 12.0], [7.2, 7.8, 9.0]]}),
]


@pytest.mark.parametrize(("args", "kwargs", "want"), EXAMPLES, ids=["2x2", "2x2-yates", "3x3"])
def test_example(solution, tol, args, kwargs, want):
    check_result(solution.chi_square_test(*args, **kwargs), want, call=call_text("chi_square_test", *args, **kwargs),
                 tol=tol)


def test_example_empty_column(solution):
    table = [[5, 0], [7, 0]]
    expect_raises(ValueError, solution.chi_square_test, table, call=call_text("chi_square_test", table))
