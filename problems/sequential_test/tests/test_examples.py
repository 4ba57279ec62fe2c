"""Visible examples for msprt (what `drill test` runs)."""

import pytest
from support import check_msprt

from harness.authoring import call_text, expect_raises

EXAMPLES = [
    ([0.4, 0.9, 1.3, 0.2, 1.1, 0.7, 1.5, 0.6], {"tau": 0.5}),
    ([1.1, 2.0, 1.5, 0.8, 1.7, 1.3], {}),
    ([10.2, 10.8, 10.1, 11.0, 10.9, 11.2], {"theta0": 10.0, "sigma": 0.5, "tau": 0.5, "alpha": 0.1}),
    ([], {}),
]


@pytest.mark.parametrize(("x", "kwargs"), EXAMPLES, ids=["running-min", "stops-at-5", "theta0-10", "empty"])
def test_example(solution, tol, x, kwargs):
    call = call_text("msprt", x, **kwargs)
    check_msprt(solution.msprt(x, **kwargs), x, call=call, tol=tol, **kwargs)


def test_example_bad_sigma(solution):
    expect_raises(ValueError, solution.msprt, [1.0], sigma=0.0, call=call_text("msprt", [1.0], sigma=0.0))
