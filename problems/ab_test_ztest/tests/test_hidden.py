"""Hidden tests for ab_test_ztest: generated A/B counts against an exact-arithmetic oracle, both
signs of the lift, unequal arms, several alphas, the degenerate pooled rates and bad input."""

import math
from fractions import Fraction
from statistics import NormalDist

import pytest
from support import check_result

from harness.authoring import call_text, expect_raises


def oracle(xa: int, na: int, xb: int, nb: int, alpha: float) -> dict:
    """The pooled two-proportion z-test; the variance is formed exactly with fractions."""
    lift = Fraction(xb, nb) - Fraction(xa, na)
    pooled = Fraction(xa + xb, na + nb)
    var = pooled * (1 - pooled) * (Fraction(1, na) + Fraction(1, nb))
    if var == 0:
        return {"lift": 0.0, "z": 0.0, "p_value": 1.0, "significant": False}
    z = float(lift) / math.sqrt(float(var))
    p_value = 2.0 * NormalDist().cdf(-abs(z))  # the lower tail: no cancellation for large |z|
    return {"lift": float(lift), "z": z, "p_value": p_value, "significant": p_value < alpha}


def run(solution, tol, xa, na, xb, nb, alpha=None):
    args = (xa, na, xb, nb) if alpha is None else (xa, na, xb, nb, alpha)
    want = oracle(xa, na, xb, nb, 0.05 if alpha is None else alpha)
    check_result(solution.ab_test_ztest(*args), want, call=call_text("ab_test_ztest", *args), tol=tol)


def random_case(np_rng, *, equal_n: bool, alpha: float):
    """Counts of a realistic A/B test whose p-value is not within 1e-6 of alpha."""
    while True:
        na = int(np_rng.integers(50, 200_000))
        nb = na if equal_n else int(np_rng.integers(50, 200_000))
        rate = float(np_rng.uniform(0.01, 0.6))
        # a true effect of up to about 4 standard errors, so p-values span (0, 1)
        effect = float(np_rng.uniform(-4, 4)) * math.sqrt(rate * (1 - rate) * (1 / na + 1 / nb))
        xa = int(np_rng.binomial(na, rate))
        xb = int(np_rng.binomial(nb, min(0.99, max(0.001, rate + effect))))
        if abs(oracle(xa, na, xb, nb, alpha)["p_value"] - alpha) > 1e-6:
            return xa, na, xb, nb


@pytest.mark.parametrize("alpha", [0.01, 0.05, 0.1])
def test_random_unequal_arms(solution, np_rng, tol, alpha):
    """Arms of different sizes with different rates (pooled and unpooled standard errors differ)."""
    for _ in range(40):
        run(solution, tol, *random_case(np_rng, equal_n=False, alpha=alpha), alpha)


def test_random_equal_arms(solution, np_rng, tol):
    """Arms of the same size, the default alpha of 0.05."""
    for _ in range(40):
        run(solution, tol, *random_case(np_rng, equal_n=True, alpha=0.05))


def test_treatment_loses(solution, tol):
    """B converts worse than A: negative lift and z, and the p-value is still two-sided."""
    run(solution, tol, 600, 5000, 520, 5000)
    run(solution, tol, 90, 1000, 60, 1200, 0.1)


def test_treatment_wins_clearly(solution, tol):
    """A large lift gives a tiny p-value that must stay accurate (relative error)."""
    run(solution, tol, 100, 2000, 220, 2000)
    run(solution, tol, 1000, 10_000, 1200, 10_000)


def test_pooled_not_unpooled(solution, tol):
    """Very unequal arms and rates: only the pooled standard error gives these numbers."""
    run(solution, tol, 10, 100, 500, 10_000)
    run(solution, tol, 45, 150, 400, 4000, 0.01)


def test_swapping_arms(solution, tol):
    """Swapping A and B flips the sign of lift and z and keeps the p-value."""
    run(solution, tol, 300, 4000, 340, 3500)
    run(solution, tol, 340, 3500, 300, 4000)


def test_decision_follows_alpha(solution, tol):
    """The same data is significant at alpha 0.1 and not at 0.01 (p is about 0.05)."""
    for alpha in (0.1, 0.05, 0.01):
        run(solution, tol, 120, 1000, 150, 1000, alpha)


@pytest.mark.edge
@pytest.mark.parametrize("args", [(0, 500, 0, 400), (0, 1, 0, 1), (0, 10**7, 0, 10**7)],
                         ids=["zero-both", "one-user-each", "huge-arms"])
def test_no_conversions_in_either_arm(solution, tol, args):
    """Zero conversions in both arms: z = 0.0, p_value = 1.0, not significant (no division by 0)."""
    run(solution, tol, *args)


@pytest.mark.edge
def test_everyone_converts(solution, tol):
    """Every user converts in both arms: pooled rate 1, the same degenerate answer."""
    run(solution, tol, 300, 300, 25, 25)


@pytest.mark.edge
def test_zero_in_one_arm_only(solution, tol):
    """No conversions in A but some in B: the pooled rate is positive, an ordinary test."""
    run(solution, tol, 0, 500, 6, 500)
    run(solution, tol, 40, 40, 35, 40)


@pytest.mark.edge
def test_tiny_and_huge_arms(solution, tol):
    """One user per arm, and arms of ten million users."""
    run(solution, tol, 0, 1, 1, 1)
    run(solution, tol, 1_000_000, 10**7, 1_003_000, 10**7)


@pytest.mark.edge
@pytest.mark.parametrize("args", [
    (5, 0, 3, 10), (5, 10, 3, 0), (0, 0, 0, 0), (-1, 10, 3, 10), (11, 10, 3, 10), (3, 10, 12, 10),
    (3, 10, 4, 10, 0.0), (3, 10, 4, 10, 1.0),
], ids=["n_a-zero", "n_b-zero", "both-zero", "negative-successes", "a-over-n", "b-over-n",
        "alpha-zero", "alpha-one"])
def test_bad_input_raises_value_error(solution, args):
    """Empty arms, impossible counts and alpha outside (0, 1) raise ValueError."""
    expect_raises(ValueError, solution.ab_test_ztest, *args, call=call_text("ab_test_ztest", *args))
