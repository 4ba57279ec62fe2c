"""Hidden tests for mle_gaussian_poisson: estimates and maximised log-likelihoods on generated data
against exact oracles (lists and numpy arrays, data on a large offset), and the degenerate cases:
one value, all-equal values, all-zero counts, empty input."""

import math

import numpy as np
import pytest
from support import check_estimates, gaussian_oracle, poisson_oracle

from harness.authoring import call_text, expect_raises

GAUSS = [(5, 0.0, 1.0), (50, 10.0, 3.0), (1000, -3.0, 0.01), (2000, 1e6, 1.0)]


@pytest.mark.parametrize("n,loc,scale", GAUSS, ids=[f"n{n}-loc{loc:g}-sd{s:g}" for n, loc, s in GAUSS])
def test_gaussian_random(solution, np_rng, tol, n, loc, scale):
    """Mean, divide-by-n variance and log-likelihood on normal samples, including a 1e6 offset."""
    x = [float(v) for v in np_rng.normal(loc, scale, size=n)]
    check_estimates(solution.gaussian_mle(list(x)), gaussian_oracle(x), call_text("gaussian_mle", x), tol)


def test_gaussian_numpy_array(solution, np_rng, tol):
    """100,000 values given as a float64 numpy array."""
    x = np_rng.normal(-2.0, 5.0, size=100_000)
    check_estimates(solution.gaussian_mle(x.copy()), gaussian_oracle(x.tolist()),
                    "gaussian_mle(<float64 array of 100,000 values from N(-2, 25)>)", tol)


def test_gaussian_two_values(solution, tol):
    """[1, 3]: mean 2, MLE variance 1 (the unbiased estimate would be 2)."""
    check_estimates(solution.gaussian_mle([1.0, 3.0]), (2.0, 1.0, -(math.log(2 * math.pi) + 1.0)),
                    "gaussian_mle([1.0, 3.0])", tol)


POIS = [(10, 0.3), (200, 4.0), (1000, 50.0), (40, 2000.0)]


@pytest.mark.parametrize("n,rate", POIS, ids=[f"n{n}-rate{r:g}" for n, r in POIS])
def test_poisson_random(solution, np_rng, tol, n, rate):
    """Rate and log-likelihood (with -log(x!)) on Poisson samples, from rare events to counts near 2,000."""
    counts = [int(c) for c in np_rng.poisson(rate, size=n)]
    if sum(counts) == 0:
        counts[0] = 1
    check_estimates(solution.poisson_mle(list(counts)), poisson_oracle(counts), call_text("poisson_mle", counts), tol)


def test_poisson_numpy_array(solution, np_rng, tol):
    """50,000 counts given as an int64 numpy array."""
    counts = np_rng.poisson(7.5, size=50_000).astype(np.int64)
    check_estimates(solution.poisson_mle(counts.copy()), poisson_oracle(counts.tolist()),
                    "poisson_mle(<int64 array of 50,000 counts from Poisson(7.5)>)", tol)


@pytest.mark.edge
def test_gaussian_single_value(solution, tol):
    """One value: variance 0 and an unbounded likelihood (inf)."""
    check_estimates(solution.gaussian_mle([-7.25]), (-7.25, 0.0, math.inf), "gaussian_mle([-7.25])", tol)


@pytest.mark.edge
def test_gaussian_all_equal(solution, tol):
    """All values equal: variance 0 and log-likelihood inf."""
    check_estimates(solution.gaussian_mle([2.5] * 7), (2.5, 0.0, math.inf), "gaussian_mle([2.5] * 7)", tol)


@pytest.mark.edge
@pytest.mark.parametrize("value,n", [(0.1, 3), (0.7, 10), (-3.7, 10), (123.456, 5)], ids=lambda v: repr(v))
def test_gaussian_all_equal_inexact_mean(solution, tol, value, n):
    """All values equal, but their floating-point mean is not exactly the value (0.1 + 0.1 + 0.1 is
    0.30000000000000004): still variance 0 and log-likelihood inf, so test the values for equality
    rather than the computed variance for 0."""
    x = [value] * n
    check_estimates(solution.gaussian_mle(list(x)), (value, 0.0, math.inf), f"gaussian_mle([{value!r}] * {n})", tol)
    check_estimates(solution.gaussian_mle(np.array(x)), (value, 0.0, math.inf),
                    f"gaussian_mle(np.array([{value!r}] * {n}))", tol)


@pytest.mark.edge
def test_poisson_all_zero(solution, tol):
    """All counts 0: rate 0 and log-likelihood 0 (probability 1)."""
    check_estimates(solution.poisson_mle([0] * 12), (0.0, 0.0), "poisson_mle([0] * 12)", tol)
    check_estimates(solution.poisson_mle([0]), (0.0, 0.0), "poisson_mle([0])", tol)


@pytest.mark.edge
def test_poisson_single_count(solution, tol):
    """A single count of 4: rate 4, log-likelihood 4 log 4 - 4 - log 24."""
    check_estimates(solution.poisson_mle([4]), (4.0, 4 * math.log(4) - 4 - math.log(24)), "poisson_mle([4])", tol)


@pytest.mark.edge
def test_empty_raises(solution):
    """No data: both functions raise ValueError."""
    expect_raises(ValueError, solution.gaussian_mle, [], call="gaussian_mle([])", why="no data")
    expect_raises(ValueError, solution.poisson_mle, [], call="poisson_mle([])", why="no data")
    expect_raises(ValueError, solution.gaussian_mle, np.zeros(0), call="gaussian_mle(np.zeros(0))", why="no data")
