"""Visible examples for welch_ttest (what `drill test` runs)."""

import pytest
from support import check_pair

from harness.authoring import call_text, expect_raises

EXAMPLES = [
    (([5.1, 4.9, 5.6, 5.8, 6.0, 5.4], [4.2, 4.8, 5.0, 4.1]), (3.3702075952397257, 6.29330275109848)),
    (([1.0, 2.0, 3.0, 4.0], [2.0, 3.0, 4.0, 5.0]), (-1.0954451150103321, 6.0)),
    (([3.0, 3.0, 3.0], [1.0, 2.0, 4.0, 7.0]), (-0.3779644730092272, 3.0)),
]


@pytest.mark.parametrize("args,want", EXAMPLES, ids=["unequal", "equal-variances", "one-constant"])
def test_example(solution, tol, args, want):
    check_pair(solution.welch_ttest(*args), want, call=call_text("welch_ttest", *args), tol=tol)


def test_example_too_small(solution):
    expect_raises(ValueError, solution.welch_ttest, [1.0], [2.0, 3.0], call="welch_ttest([1.0], [2.0, 3.0])")
