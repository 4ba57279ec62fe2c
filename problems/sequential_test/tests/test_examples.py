"""Visible examples for msprt (what `drill test` runs)."""

import pytest
from support import check_msprt

from harness.authoring import call_text, expect_raises

EXAMPLES = [  # (x, keyword arguments, the p-values msprt must return)
    ([0.4, 0.9, 1.3, 0.2, 1.1, 0.7, 1.5, 0.6], {'tau': 0.5},
     [1.0, 1.0, 0.8162380416186586, 0.8162380416186586, 0.6443360373161086, 0.5488914204106067, 0.3055740376830183, 0.2668388069098502]),
    ([1.1, 2.0, 1.5, 0.8, 1.7, 1.3], {},
     [1.0, 0.3491126874107474, 0.14201070747927402, 0.12108275472794607, 0.036700914766324984, 0.017127928100616384]),
    ([10.2, 10.8, 10.1, 11.0, 10.9, 11.2], {'theta0': 10.0, 'sigma': 0.5, 'tau': 0.5, 'alpha': 0.1},
     [1.0, 0.8892645356400875, 0.8892645356400875, 0.3831682681779597, 0.12195291329032752, 0.01712792810061641]),
    ([], {},
     []),
]


@pytest.mark.parametrize(("x", "kwargs", "want"), EXAMPLES, ids=["running-min", "stops-at-5", "theta0-10", "empty"])
def test_example(solution, tol, x, kwargs, want):
    call = call_text("msprt", x, **kwargs)
    check_msprt(solution.msprt(x, **kwargs), want, call=call, tol=tol, alpha=kwargs.get("alpha", 0.05))


def test_example_bad_sigma(solution):
    expect_raises(ValueError, solution.msprt, [1.0], sigma=0.0, call=call_text("msprt", [1.0], sigma=0.0))
