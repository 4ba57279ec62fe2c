"""Hidden tests for bayesian_ab: small counts against exact rational answers, large counts against
a float64 sum over the other arm, symmetry, the uniform case, and bad input."""

import math
from fractions import Fraction

import pytest
from support import check_result

from harness.authoring import call_text, check, expect_raises, fact

MAX_TRIALS = fact("max_trials")


def _beta(x: int, y: int) -> Fraction:
    return Fraction(math.factorial(x - 1) * math.factorial(y - 1), math.factorial(x + y - 1))


def _exact_greater(a, b, c, d) -> Fraction:
    """P(Beta(c, d) > Beta(a, b)) as an exact fraction (the finite sum over c terms)."""
    base = _beta(a, b)
    return sum((_beta(a + i, b + d) / ((d + i) * _beta(1 + i, d) * base) for i in range(c)), Fraction(0))


def _float_greater(a, b, c, d) -> float:
    """The same sum in float64, every term from lgamma (always over c terms: no mirroring)."""
    def lbeta(x, y):
        return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)
    base = lbeta(a, b)
    return math.fsum(math.exp(lbeta(a + i, b + d) - math.log(d + i) - lbeta(1 + i, d) - base) for i in range(c))


def oracle(sa, na, sb, nb, prior=(1, 1), exact=True) -> dict:
    a, b = prior[0] + sa, prior[1] + na - sa
    c, d = prior[0] + sb, prior[1] + nb - sb
    greater = _exact_greater if exact else _float_greater
    prob = greater(a, b, c, d)
    loss = (Fraction(a, a + b) * (1 - greater(a + 1, b, c, d)) - Fraction(c, c + d) * (1 - greater(a, b, c + 1, d))
            if exact else a / (a + b) * (1 - greater(a + 1, b, c, d)) - c / (c + d) * (1 - greater(a, b, c + 1, d)))
    return {"posterior_a": (a, b), "posterior_b": (c, d), "prob_b_better": float(prob), "expected_loss_b": float(loss)}


def run(solution, tol, *args, exact=True, **kwargs):
    want = oracle(*args, **kwargs, exact=exact)
    check_result(solution.bayesian_ab(*args, **kwargs), want, call=call_text("bayesian_ab", *args, **kwargs), tol=tol)


def test_small_counts_exact(solution, rng, tol):
    """Random small counts and the default uniform prior, against exact fractions."""
    for _ in range(25):
        na, nb = rng.randint(0, 60), rng.randint(0, 60)
        run(solution, tol, rng.randint(0, na), na, rng.randint(0, nb), nb)


def test_informative_priors_exact(solution, rng, tol):
    """Priors such as (2, 38) or (10, 90): added once to each arm, against exact fractions."""
    for _ in range(12):
        prior = (rng.randint(1, 12), rng.randint(1, 90))
        na, nb = rng.randint(0, 40), rng.randint(0, 40)
        run(solution, tol, rng.randint(0, na), na, rng.randint(0, nb), nb, prior=prior)


@pytest.mark.edge
@pytest.mark.parametrize(("sa", "na", "sb", "nb"), [(1200, 100000, 1300, 100000), (480, 20000, 470, 21000),
                                                    (4990, 50000, 5200, MAX_TRIALS), (30, 2000, 29, 2100)],
                         ids=["1.2%-vs-1.3%", "close", "unequal-n", "hundreds"])
def test_large_counts(solution, tol, sa, na, sb, nb):
    """Counts in the thousands: Gamma overflows beyond 171, so each term must come from logarithms."""
    run(solution, tol, sa, na, sb, nb, exact=False)


@pytest.mark.edge
def test_overwhelming_evidence(solution, tol):
    """0 of 100,000 against 100,000 of 100,000: the probability is 1 (or 0) to the tolerance, the loss about 0."""
    check_result(solution.bayesian_ab(0, MAX_TRIALS, MAX_TRIALS, MAX_TRIALS),
                 {"posterior_a": (1, MAX_TRIALS + 1), "posterior_b": (MAX_TRIALS + 1, 1), "prob_b_better": 1.0,
                  "expected_loss_b": 0.0}, call=call_text("bayesian_ab", 0, MAX_TRIALS, MAX_TRIALS, MAX_TRIALS), tol=tol)
    got = solution.bayesian_ab(MAX_TRIALS, MAX_TRIALS, 0, MAX_TRIALS)
    check_result(got, {"posterior_a": (MAX_TRIALS + 1, 1), "posterior_b": (1, MAX_TRIALS + 1), "prob_b_better": 0.0,
                       "expected_loss_b": MAX_TRIALS / (MAX_TRIALS + 2)},
                 call=call_text("bayesian_ab", MAX_TRIALS, MAX_TRIALS, 0, MAX_TRIALS), tol=tol)


def test_swapping_arms_complements_the_probability(solution, rng, tol):
    """P(p_B > p_A) with the arms swapped is 1 minus the original (ties have probability 0)."""
    for _ in range(5):
        na, nb = rng.randint(5, 300), rng.randint(5, 300)
        sa, sb = rng.randint(0, na), rng.randint(0, nb)
        forward = solution.bayesian_ab(sa, na, sb, nb)["prob_b_better"]
        backward = solution.bayesian_ab(sb, nb, sa, na)["prob_b_better"]
        check(abs(forward + backward - 1.0) <= 1e-9,
              f"bayesian_ab({sa}, {na}, {sb}, {nb}) gave prob_b_better = {forward!r} and with the arms swapped "
              f"{backward!r}; they should add up to 1")


@pytest.mark.edge
def test_no_data_is_the_prior(solution, tol):
    """n = 0 in both arms: the posteriors are the prior, P = 1/2 and, for the uniform prior, the loss is 1/6."""
    check_result(solution.bayesian_ab(0, 0, 0, 0), {"posterior_a": (1, 1), "posterior_b": (1, 1),
                                                   "prob_b_better": 0.5, "expected_loss_b": 1 / 6},
                 call="bayesian_ab(0, 0, 0, 0)", tol=tol)
    run(solution, tol, 0, 0, 0, 0, prior=(3, 7))


BAD = {
    "successes-over-n": ((5, 3, 1, 10), {}),
    "negative-successes": ((1, 10, -1, 10), {}),
    "negative-n": ((0, -2, 1, 10), {}),
    "prior-zero": ((1, 10, 2, 10), {"prior": (0, 1)}),
    "prior-half": ((1, 10, 2, 10), {"prior": (0.5, 0.5)}),
    "float-count": ((1.0, 10, 2, 10), {}),
}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_raises_value_error(solution, name):
    """Counts outside 0 <= successes <= n, non-integer counts, or a prior entry that is not a positive int."""
    args, kwargs = BAD[name]
    expect_raises(ValueError, solution.bayesian_ab, *args, **kwargs, call=call_text("bayesian_ab", *args, **kwargs))
