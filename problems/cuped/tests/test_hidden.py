"""Hidden tests for cuped: random experiments against pooled formulas written out term by term, arms
whose covariates differ, an unrelated covariate, a perfect one, coverage of effect +- 1.96 se over
simulated experiments, and bad input."""

import math

import numpy as np
import pytest
from support import check_result

from harness.authoring import call_text, check, expect_raises, fact

RUNS = fact("coverage_runs")
USERS = fact("coverage_users")
BAND = tuple(fact("coverage_band"))


def oracle(yc, xc, yt, xt) -> dict:
    x, y = list(xc) + list(xt), list(yc) + list(yt)
    n = len(x)
    mx, my = math.fsum(x) / n, math.fsum(y) / n
    theta = math.fsum((a - mx) * (b - my) for a, b in zip(x, y, strict=True)) / math.fsum((a - mx) ** 2 for a in x)

    def adjust(ys, xs):
        return [b - theta * (a - mx) for a, b in zip(xs, ys, strict=True)]

    def mean(v):
        return math.fsum(v) / len(v)

    def var(v):
        m = mean(v)
        return math.fsum((a - m) ** 2 for a in v) / (len(v) - 1)

    ac, at = adjust(yc, xc), adjust(yt, xt)
    return {"theta": theta, "effect": mean(at) - mean(ac), "se": math.sqrt(var(at) / len(at) + var(ac) / len(ac)),
            "variance_reduction": 1 - var(ac + at) / var(y)}


def experiment(np_rng, nc, nt, slope=0.8, noise=1.0, effect=0.5, x_shift=0.0):
    xc = np.round(np_rng.normal(10, 2, nc), 6)
    xt = np.round(np_rng.normal(10 + x_shift, 2, nt), 6)
    yc = np.round(2 + slope * xc + np_rng.normal(0, noise, nc), 6)
    yt = np.round(2 + effect + slope * xt + np_rng.normal(0, noise, nt), 6)
    return yc.tolist(), xc.tolist(), yt.tolist(), xt.tolist()


def run(solution, tol, args, call):
    check_result(solution.cuped(*args), oracle(*args), call=call, tol=tol)


def test_random_experiments(solution, np_rng, tol):
    """Unequal arm sizes from 2 to 500 users, weak to strong covariates."""
    for nc, nt in ((2, 3), (10, 7), (60, 80), (500, 450)):
        for slope, noise in ((0.8, 1.0), (0.1, 2.0), (-1.5, 0.5)):
            args = experiment(np_rng, nc, nt, slope, noise)
            run(solution, tol, args, f"cuped(<{nc} control users>, <{nt} treatment users>) with slope {slope}")


def test_arms_with_different_covariates(solution, np_rng, tol):
    """Arms whose covariates (and within-arm slopes) differ: one pooled theta, not one per arm."""
    yc, xc, yt, xt = experiment(np_rng, 40, 40, slope=0.5, x_shift=1.0)
    yt = (np.array(yt) + 0.9 * (np.array(xt) - 11.0)).round(6).tolist()   # a steeper slope in treatment
    run(solution, tol, (yc, xc, yt, xt), "cuped(<40 users>, <40 users with a steeper slope and higher X>)")


@pytest.mark.edge
def test_unrelated_covariate(solution, np_rng, tol):
    """X independent of Y: theta near 0, the effect barely moves, the variance reduction near 0."""
    args = experiment(np_rng, 300, 300, slope=0.0, noise=1.0)
    got = solution.cuped(*args)
    run(solution, tol, args, "cuped(<300 users>, <300 users>) with a covariate unrelated to Y")
    check(got["variance_reduction"] < 0.05,
          f"with an unrelated covariate your variance_reduction is {got['variance_reduction']!r}; it is the squared "
          "sample correlation, close to 0 here")


@pytest.mark.edge
def test_perfect_covariate(solution, tol):
    """Y = 3 X + 1 exactly (and the effect on top): the adjusted outcome is constant within each arm."""
    xc, xt = [1.0, 2.0, 4.0, 7.0], [2.0, 3.0, 5.0]
    yc, yt = [3 * x + 1 for x in xc], [3 * x + 1.5 for x in xt]
    run(solution, tol, (yc, xc, yt, xt), call_text("cuped", yc, xc, yt, xt))


def coverage_probe(module, seed, runs, users):
    """Runs in the worker: simulated experiments (true effect 0.5, slope 0.8, rho^2 about 0.72); how many
    intervals effect +- 1.96 se contain 0.5."""
    import numpy as np

    rng = np.random.default_rng(seed)
    covered = 0
    for _ in range(runs):
        xc, xt = rng.normal(10, 2, users), rng.normal(10, 2, users)
        yc = 2 + 0.8 * xc + rng.normal(0, 1, users)
        yt = 2.5 + 0.8 * xt + rng.normal(0, 1, users)
        out = module.cuped(yc, xc, yt, xt)
        covered += abs(float(out["effect"]) - 0.5) <= 1.96 * float(out["se"])
    return covered


def test_interval_coverage(worker, seed):
    """effect +- 1.96 se contains the true effect in 91.8% to 97.6% of 2,000 simulated experiments."""
    # A correct interval covers with probability in [0.945, 0.955] here (normal approximation, 398 dof, theta
    # estimated). The band accepts [1836, 1952] of 2,000; exact binomial tails: P(Binomial(2000, 0.945) < 1836) =
    # 2.7e-7 and P(Binomial(2000, 0.955) > 1952) = 2.8e-7, so a correct solution fails with probability < 1e-6.
    # The unadjusted standard error is 1.9 times too wide and covers about 99.98% of the time.
    covered = worker.probe(coverage_probe, seed, RUNS, USERS, label=f"cuped on {RUNS:,} simulated experiments")
    low, high = round(BAND[0] * RUNS), round(BAND[1] * RUNS)
    check(low <= covered <= high,
          f"effect +- 1.96 se contained the true effect in {covered:,} of {RUNS:,} simulated experiments "
          f"({covered / RUNS:.1%}, seed {seed}); a correct CUPED standard error gives about 95% "
          f"(expected {BAND[0]:.1%} to {BAND[1]:.1%})")


BAD = {
    "length-mismatch": ([1.0, 2.0, 3.0], [1.0, 2.0], [1.0, 2.0], [3.0, 1.0]),
    "one-user": ([1.0], [2.0], [1.0, 2.0], [3.0, 1.0]),
    "constant-covariate": ([1.0, 2.0], [3.0, 3.0], [2.0, 4.0], [3.0, 3.0]),
    "nan": ([1.0, float("nan")], [1.0, 2.0], [1.0, 2.0], [3.0, 1.0]),
}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_raises_value_error(solution, name):
    """Mismatched lengths, an arm of one user, a constant covariate or a nan: ValueError."""
    args = BAD[name]
    expect_raises(ValueError, solution.cuped, *args, call=call_text("cuped", *args))


def untouched(module):
    import numpy as np

    arrays = [np.array([5.0, 7.0, 6.0, 9.0]), np.array([4.0, 6.0, 5.0, 8.0]), np.array([8.0, 7.5, 10.0]),
              np.array([5.0, 5.5, 7.0])]
    before = [a.copy() for a in arrays]
    module.cuped(*arrays)
    return any(not np.array_equal(a, b) for a, b in zip(arrays, before, strict=True))


@pytest.mark.edge
def test_inputs_not_modified(worker):
    """The four arrays are left as they were (no in-place centring)."""
    check(not worker.probe(untouched, label="cuped(<four numpy arrays>)"), "cuped modified an array it was given")
