"""Hidden tests for delta_method_ci: random users against the delta-method formula written term by
term, coverage over simulated experiments, equal rates (clamp), confidence levels, bad input."""

import math
from statistics import NormalDist

import numpy as np
import pytest
from support import check_result

from harness.authoring import call_text, check, expect_raises, fact

RUNS = fact("coverage_runs")
USERS = fact("coverage_users")
BAND = tuple(fact("coverage_band"))


def oracle(clicks, sessions, confidence=0.95) -> dict:
    c, s = [float(v) for v in clicks], [float(v) for v in sessions]
    n = len(c)
    ms = math.fsum(s) / n
    ratio = math.fsum(c) / math.fsum(s)
    # Var(C - R S) with ddof = 1, as one sum of squares (no cancellation between three terms).
    resid = [a - ratio * b for a, b in zip(c, s, strict=True)]
    mr = math.fsum(resid) / n
    bracket = math.fsum((r - mr) ** 2 for r in resid) / (n - 1)
    se = math.sqrt(bracket / (n * ms * ms))
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    return {"ratio": ratio, "se": se, "low": ratio - z * se, "high": ratio + z * se}


def users(np_rng, n):
    sessions = 1 + np_rng.negative_binomial(1, 0.125, n)
    clicks = np_rng.binomial(sessions, np_rng.beta(1, 4, n))
    return clicks.tolist(), sessions.tolist()


def test_random_users(solution, np_rng, tol):
    """Random users (2 to 5,000), heterogeneous rates and session counts, default confidence."""
    for n in (2, 3, 10, 100, 5000):
        clicks, sessions = users(np_rng, n)
        check_result(solution.ratio_metric_ci(clicks, sessions), oracle(clicks, sessions),
                     call=f"ratio_metric_ci(<clicks of {n} users>, <sessions of {n} users>)", tol=tol)


def test_confidence_levels(solution, np_rng, tol):
    """confidence 0.8, 0.99 and 0.999 change z only; numpy arrays as input."""
    clicks, sessions = users(np_rng, 60)
    for confidence in (0.8, 0.99, 0.999):
        check_result(solution.ratio_metric_ci(np.array(clicks), np.array(sessions), confidence=confidence),
                     oracle(clicks, sessions, confidence),
                     call=f"ratio_metric_ci(<60 users as arrays>, confidence={confidence})", tol=tol)


def coverage_probe(module, seed, runs, n):
    """Runs in the worker: simulated experiments (rates ~ Beta(1, 4), mean 0.2; sessions 1 + a geometric count
    with mean 7, so widely varying); how many 95% intervals contain 0.2."""
    import numpy as np

    rng = np.random.default_rng(seed)
    covered = 0
    for _ in range(runs):
        sessions = 1 + rng.negative_binomial(1, 0.125, n)
        clicks = rng.binomial(sessions, rng.beta(1, 4, n))
        out = module.ratio_metric_ci(clicks, sessions)
        covered += float(out["low"]) <= 0.2 <= float(out["high"])
    return covered


def test_interval_coverage(worker, seed):
    """The 95% interval contains the true ratio 0.2 in 91.5% to 97.5% of 2,000 simulated experiments."""
    # The delta-method interval covers 0.948 +- 0.002 here (20,000 simulated experiments); take its coverage in
    # [0.944, 0.952]. Exact binomial tails: P(Binomial(2000, 0.944) <= 1829) = 5.3e-8 and P(Binomial(2000, 0.952)
    # >= 1951) = 5.0e-8, so a correct solution fails with probability below 1e-6. Sessions as independent: 0.71;
    # no covariance term: 0.99.
    covered = worker.probe(coverage_probe, seed, RUNS, USERS, label=f"ratio_metric_ci on {RUNS:,} simulated experiments")
    low, high = round(BAND[0] * RUNS), round(BAND[1] * RUNS)
    check(low <= covered <= high,
          f"your 95% interval contained the true ratio 0.2 in {covered:,} of {RUNS:,} simulated experiments of "
          f"{USERS} users ({covered / RUNS:.1%}, seed {seed}); expected {BAND[0]:.1%} to {BAND[1]:.1%}. Too low: the "
          "sessions of one user are correlated; too high: is a term of the variance missing?")


SAME_RATE = {
    "rate-0.3": ([3, 6, 9, 15, 21, 33, 39], [10, 20, 30, 50, 70, 110, 130]),
    # For these users the bracket computes to -1.4e-14 in the order written in the prompt.
    "rate-1/3": ([25, 20, 11, 13, 2, 3, 1, 7, 32, 26], [75, 60, 33, 39, 6, 9, 3, 21, 96, 78]),
}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(SAME_RATE))
def test_every_user_at_the_same_rate(solution, name):
    """Every user clicks in exactly the same share of sessions: the variance is 0 up to rounding (possibly a hair
    below 0), so clamp it before the square root."""
    clicks, sessions = SAME_RATE[name]
    call = call_text("ratio_metric_ci", clicks, sessions)
    got = solution.ratio_metric_ci(clicks, sessions)
    check(not (isinstance(got, dict) and any(isinstance(v, float) and math.isnan(v) for v in got.values())),
          f"{call} returned nan: clamp the variance at 0 before the square root")
    ratio = sum(clicks) / sum(sessions)
    check_result(got, {"ratio": ratio, "se": 0.0, "low": ratio, "high": ratio}, call=call,
                 tol={"rtol": 1e-9, "atol": fact("same_rate_atol")})


@pytest.mark.edge
def test_no_clicks_at_all(solution, tol):
    """No user clicked: ratio 0, se 0."""
    check_result(solution.ratio_metric_ci([0, 0, 0], [1, 4, 2]), {"ratio": 0.0, "se": 0.0, "low": 0.0, "high": 0.0},
                 call="ratio_metric_ci([0, 0, 0], [1, 4, 2])", tol=tol)


BAD = {
    "lengths-differ": (([1, 2, 3], [2, 3]), {}),
    "one-user": (([1], [2]), {}),
    "no-session": (([1, 0], [3, 0]), {}),
    "negative-clicks": (([1, -1], [3, 2]), {}),
    "confidence-one": (([1, 2], [3, 4]), {"confidence": 1.0}),
    "nan": (([1.0, float("nan")], [3, 4]), {}),
}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_raises_value_error(solution, name):
    """Different lengths, fewer than 2 users, a user with no session, negative clicks, a bad confidence, a nan."""
    args, kwargs = BAD[name]
    expect_raises(ValueError, solution.ratio_metric_ci, *args, **kwargs,
                  call=call_text("ratio_metric_ci", *args, **kwargs))


def untouched(module):
    import numpy as np

    clicks, sessions = np.array([2.0, 0.0, 5.0, 1.0]), np.array([4.0, 1.0, 9.0, 2.0])
    before = (clicks.copy(), sessions.copy())
    module.ratio_metric_ci(clicks, sessions)
    return not (np.array_equal(clicks, before[0]) and np.array_equal(sessions, before[1]))


@pytest.mark.edge
def test_inputs_not_modified(worker):
    """clicks and sessions are left as they were."""
    check(not worker.probe(untouched, label="ratio_metric_ci(<numpy arrays>)"),
          "ratio_metric_ci modified an array it was given")
