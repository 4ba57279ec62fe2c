"""Visible examples for bayesian_ab (what `drill test` runs)."""

import pytest
from support import check_result

from harness.authoring import call_text, expect_raises

EXAMPLES = [
    ((12, 100, 18, 100), {"posterior_a": (13, 89), "posterior_b": (19, 83), "prob_b_better": 0.8793964961295783,
                          "expected_loss_b": 0.0030200686295805365}),
    ((3, 10, 1, 10), {"posterior_a": (4, 8), "posterior_b": (2, 10), "prob_b_better": 0.15538847117794485,
                      "expected_loss_b": 0.18072354800043589}),
    ((0, 0, 0, 0), {"posterior_a": (1, 1), "posterior_b": (1, 1), "prob_b_better": 0.5, "expected_loss_b": 1 / 6}),
    ((1200, 100000, 1300, 100000), {"posterior_a": (1201, 98801), "posterior_b": (1301, 98701),
                                    "prob_b_better": 0.97791218133517, "expected_loss_b": 4.0824097662e-06}),
]


@pytest.mark.parametrize(("args", "want"), EXAMPLES, ids=["12-vs-18", "3-vs-1", "no-data", "large"])
def test_example(solution, tol, args, want):
    check_result(solution.bayesian_ab(*args), want, call=call_text("bayesian_ab", *args), tol=tol)


def test_example_more_successes_than_trials(solution):
    expect_raises(ValueError, solution.bayesian_ab, 5, 3, 1, 10, call=call_text("bayesian_ab", 5, 3, 1, 10))
