"""Hidden tests for wilson_interval: generated counts against the roots of the score-test
quadratic, coverage over simulated binomial data, the 0 and n edges, and bad input."""

import math

import numpy as np
import pytest
from support import check_interval

from harness.authoring import call_text, check, expect_raises, fact

COVERAGE_DRAWS = fact("coverage_draws")
COVERAGE_BAND = tuple(fact("coverage_band"))


def normal_quantile(q: float) -> float:
    """Phi^-1(q) by bisection on 0.5 * erfc(-x / sqrt(2)) (independent of NormalDist)."""
    lo, hi = -40.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(-mid / math.sqrt(2)) < q:
            lo = mid
        else:
            hi = mid
        if hi - lo <= 1e-15 * max(1.0, abs(mid)):
            break
    return (lo + hi) / 2


def oracle(x: int, n: int, confidence: float) -> tuple[float, float]:
    """The roots of (p_hat - p)^2 = z^2 p (1 - p) / n, i.e. a p^2 + b p + c = 0 with e = z^2 / n,
    taken in the cancellation-free order (upper root first, lower = c / (a * upper))."""
    e = normal_quantile(1 - (1 - confidence) / 2) ** 2 / n
    p_hat = x / n
    a, b, c = 1 + e, -(2 * p_hat + e), p_hat * p_hat
    discriminant = e * (4 * p_hat * (1 - p_hat) + e)  # b^2 - 4ac, expanded so nothing cancels
    upper = (-b + math.sqrt(discriminant)) / (2 * a)
    lower = c / (a * upper)
    return max(0.0, lower), min(1.0, upper)


def run(solution, tol, *args):
    x, n = args[0], args[1]
    confidence = args[2] if len(args) > 2 else 0.95
    check_interval(solution.wilson_interval(*args), oracle(x, n, confidence),
                   call=call_text("wilson_interval", *args), tol=tol)


@pytest.mark.parametrize("confidence", [None, 0.9, 0.99, 0.5])
def test_random_counts(solution, rng, tol, confidence):
    """Random n and successes at several confidence levels (None: the default 0.95)."""
    for _ in range(40):
        n = rng.choice([rng.randint(1, 30), rng.randint(30, 2000), rng.randint(2000, 10**7)])
        x = rng.randint(0, n)
        run(solution, tol, x, n, *(() if confidence is None else (confidence,)))


def test_small_rates(solution, rng, tol):
    """Few successes out of many: where the Wald interval is furthest off."""
    for _ in range(20):
        n = rng.randint(50, 5000)
        run(solution, tol, rng.randint(1, 5), n)


def test_symmetry(solution, tol):
    """successes and n - successes give mirror-image intervals."""
    run(solution, tol, 7, 40)
    run(solution, tol, 33, 40)


def all_intervals(module, n, confidence):
    """In the worker: the interval for every count 0..n, as plain floats."""
    return [[float(v) for v in module.wilson_interval(x, n, confidence)] for x in range(n + 1)]


@pytest.mark.parametrize("n,p", [(100, 0.02), (200, 0.1), (50, 0.3), (200, 0.3), (100, 0.5), (200, 0.5)],
                         ids=["n100-p0.02", "n200-p0.1", "n50-p0.3", "n200-p0.3", "n100-p0.5", "n200-p0.5"])
def test_coverage(worker, np_rng, n, p):
    """A 95% interval contains the true rate in 93-97% of 20,000 simulated binomial counts."""
    intervals = np.array(worker.probe(all_intervals, n, 0.95, label=f"wilson_interval(x, {n}) for x = 0..{n}"))
    counts = np_rng.binomial(n, p, size=COVERAGE_DRAWS)
    covered = (intervals[counts, 0] <= p) & (p <= intervals[counts, 1])
    coverage = float(covered.mean())
    lo, hi = COVERAGE_BAND
    missed = sorted({int(x) for x in counts[~covered]})[:8]
    check(lo <= coverage <= hi,
          f"with n = {n} and true p = {p}, your 95% interval covered p in {coverage:.2%} of {COVERAGE_DRAWS:,} "
          f"simulated counts; expected {lo:.0%} to {hi:.0%} (it missed for counts such as {missed})")


@pytest.mark.edge
@pytest.mark.parametrize("n", [1, 7, 100, 10**9])
def test_zero_successes(solution, tol, n):
    """No successes: low is 0 and high is positive (the Wald interval would be [0, 0])."""
    run(solution, tol, 0, n)
    _, high = solution.wilson_interval(0, n)
    check(high > 0, f"wilson_interval(0, {n}) returned high = {high}; the Wilson interval's upper bound is positive")


@pytest.mark.edge
@pytest.mark.parametrize("n", [1, 7, 100, 10**9])
def test_all_successes(solution, tol, n):
    """Every trial a success: high is 1 and low is below 1."""
    run(solution, tol, n, n)
    low, _ = solution.wilson_interval(n, n)
    check(low < 1, f"wilson_interval({n}, {n}) returned low = {low}; the Wilson interval's lower bound is below 1")


@pytest.mark.edge
def test_bounds_stay_in_unit_interval(worker):
    """0 <= low <= high <= 1 for every count out of 1..60 and three confidence levels."""
    for confidence in (0.8, 0.95, 0.999):
        for n in (1, 2, 3, 13, 60):
            for x, (low, high) in enumerate(worker.probe(all_intervals, n, confidence)):
                check(0.0 <= low <= high <= 1.0,
                      f"wilson_interval({x}, {n}, {confidence}) returned ({low!r}, {high!r}); need "
                      "0 <= low <= high <= 1 exactly (clip to [0, 1])")


@pytest.mark.edge
def test_extreme_confidence(solution, tol):
    """Confidence levels close to 0 and 1."""
    run(solution, tol, 12, 40, 1e-6)
    run(solution, tol, 12, 40, 0.999999)


@pytest.mark.edge
@pytest.mark.parametrize("args", [(1, 0), (0, 0), (-1, 10), (11, 10), (3, 10, 0.0), (3, 10, 1.0), (3, 10, 95.0)],
                         ids=["n-zero", "empty", "negative", "over-n", "confidence-zero", "confidence-one",
                              "confidence-percent"])
def test_bad_input_raises_value_error(solution, args):
    """No trials, impossible counts, or confidence outside (0, 1): ValueError."""
    expect_raises(ValueError, solution.wilson_interval, *args, call=call_text("wilson_interval", *args))
