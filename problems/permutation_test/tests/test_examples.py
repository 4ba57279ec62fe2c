"""Visible examples for permutation_test (what `drill test` runs)."""

import math

import pytest
from support import check_p_type, monte_carlo_runs

from harness.authoring import call_text, check, check_close

EXACT = [
    (([12.1, 14.3, 13.8, 15.0], [11.2, 12.0, 11.5]), 2 / 35),
    (([3.0, 5.0, 8.0, 9.0, 12.0], [1.0, 2.0, 4.0, 6.0]), 11 / 126),
    (([10.0, 11.0, 12.0], [1.0, 2.0, 3.0, 4.0]), 1 / 35),
    (([1.0], [2.0]), 1.0),
]


@pytest.mark.parametrize("args,want", EXACT, ids=["floats", "integers", "separated", "one-each"])
def test_example_exact(solution, tol, args, want):
    call = call_text("permutation_test", *args)
    got = solution.permutation_test(*args)
    check_p_type(got, call)
    check_close(got, want, call=call, **tol)


def test_example_monte_carlo(worker):
    a = [12.0, 15.0, 9.0, 14.0, 18.0, 11.0, 16.0, 13.0, 17.0, 10.0, 19.0, 14.0]
    b = [9.0, 11.0, 8.0, 13.0, 10.0, 7.0, 12.0, 9.0, 11.0, 8.0, 10.0, 12.0]
    call = "permutation_test(a, b, np.random.default_rng(0), 9999) for the prompt's 12 + 12 values"
    got = worker.probe(monte_carlo_runs, [(a, b)], 0, 9999, label=call)["p"][0]
    check_p_type(got, call)
    exact, band = 0.0015294975585728042, 4.5 * math.sqrt(0.00153 * (1 - 0.00153) / 9999) + 2 / 10000
    check(abs(got - exact) <= band, f"{call} returned {got}; expected within {band:.4f} of the exact {exact:.5f}")
