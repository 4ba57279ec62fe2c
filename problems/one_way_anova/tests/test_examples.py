"""Visible examples for one_way_anova (what `drill test` runs)."""

import math

import pytest
from support import check_result

from harness.authoring import call_text, expect_raises

EXAMPLES = [
    ([[4.0, 5.0, 6.0], [6.0, 7.0, 8.0, 9.0], [5.0, 6.0]],
     {"f": 4.822222222222222, "df_between": 2, "df_within": 6, "p_value": 0.05641223612268741}),
    ([[1.0, 2.0], [1.5, 1.5, 1.5]], {"f": 0.0, "df_between": 1, "df_within": 3, "p_value": 1.0}),
    ([[3.0, 3.0], [5.0, 5.0]], {"f": math.inf, "df_between": 1, "df_within": 2, "p_value": 0.0}),
]


@pytest.mark.parametrize(("groups", "want"), EXAMPLES, ids=["three-groups", "equal-means", "constant-groups"])
def test_example(solution, tol, groups, want):
    check_result(solution.one_way_anova(groups), want, call=call_text("one_way_anova", groups), tol=tol)


def test_example_single_values(solution):
    groups = [[1.0], [2.0], [3.0]]
    expect_raises(ValueError, solution.one_way_anova, groups, call=call_text("one_way_anova", groups))
