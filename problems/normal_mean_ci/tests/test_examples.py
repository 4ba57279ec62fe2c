"""Visible examples for normal_mean_ci (what `drill test` runs)."""

import pytest
from support import check_interval

from harness.authoring import call_text, expect_raises

X = [9.8, 10.4, 10.1, 9.5, 10.9]
EXAMPLES = [
    ((X, 2.7764451051977908), {}, (9.46789380382297, 10.812106196177032)),
    ((X, 1.959963984540054), {"sigma": 0.5}, (9.70173872971171, 10.57826127028829)),
    (([3.0], 1.96), {"sigma": 2.0}, (-0.9199999999999999, 6.92)),
]


@pytest.mark.parametrize("args,kwargs,want", EXAMPLES, ids=["t-interval", "known-sigma", "one-value-sigma"])
def test_example(solution, tol, args, kwargs, want):
    check_interval(solution.normal_mean_ci(*args, **kwargs), want, call=call_text("normal_mean_ci", *args, **kwargs),
                   tol=tol)


def test_example_one_value_without_sigma(solution):
    expect_raises(ValueError, solution.normal_mean_ci, [3.0], 2.0, call="normal_mean_ci([3.0], 2.0)")
