"""Hidden tests for poisson_gamma_demand: the conjugate update, the negative-binomial pmf against a
log-gamma oracle, quantiles and safety stock judged exactly against the oracle's own pmf summation,
over-dispersed cases where a plug-in Poisson is too narrow, and large shapes that overflow
math.gamma."""

import math

import pytest
from support import MARGIN, check_pair, check_quantile, check_stock, log_pmf, quantile_and_margin

from harness.authoring import call_text, check_close


def random_case(np_rng, max_days=60):
    """(counts, a, b, lead_time, level) with lead-time demand well away from a cdf tie and mean <= 500."""
    while True:
        n = int(np_rng.integers(1, max_days + 1))
        rate = float(np_rng.uniform(0.3, 15.0))
        counts = [int(c) for c in np_rng.poisson(rate, size=n)]
        a, b = float(np_rng.uniform(0.5, 5.0)), float(np_rng.uniform(0.1, 2.0))
        lead = int(np_rng.integers(1, 15))
        level = float(np_rng.choice([0.5, 0.9, 0.95, 0.99]))
        shape, post_rate = a + sum(counts), b + n
        if lead * shape / post_rate > 500:
            continue
        if quantile_and_margin(shape, post_rate, lead, level)[1] > MARGIN:
            return counts, a, b, lead, level


def test_update_random(solution, np_rng, tol):
    """Posterior shape a + sum(counts) and rate b + n on random histories."""
    for _ in range(20):
        counts, a, b, _, _ = random_case(np_rng)
        check_pair(solution.update(list(counts), a, b), (a + sum(counts), b + len(counts)),
                   call_text("update", counts, a, b), tol)


def test_pmf_random(solution, np_rng, tol):
    """P(D = k) over 1 to 30 days at k from 0 to well past the mean, against a log-gamma oracle."""
    done = 0
    while done < 40:
        a, b = float(np_rng.uniform(0.2, 60.0)), float(np_rng.uniform(0.05, 20.0))
        days = int(np_rng.integers(1, 31))
        mean = days * a / b
        if mean > 500:  # the prompt's promise: at most 500 expected over the horizon
            continue
        done += 1
        k = int(np_rng.integers(0, int(3 * mean) + 5))
        check_close(solution.predictive_pmf(k, a, b, days), math.exp(log_pmf(k, a, b, days)),
                    call=f"predictive_pmf({k}, a={a!r}, b={b!r}, days={days})", **tol)


def test_pmf_sums_to_one_and_has_the_right_mean(solution, tol):
    """Summed over k, the pmf is 1 and its mean is days * a / b (shape 3.5, rate 0.5, 4 days)."""
    probs = [solution.predictive_pmf(k, 3.5, 0.5, 4) for k in range(400)]
    check_close(math.fsum(probs), 1.0, call="sum of predictive_pmf(k, 3.5, 0.5, days=4) over k < 400", rtol=1e-8)
    check_close(math.fsum(k * p for k, p in enumerate(probs)), 28.0,
                call="sum of k * predictive_pmf(k, 3.5, 0.5, days=4) over k < 400", rtol=1e-7)


def test_quantile_random(solution, np_rng):
    """demand_quantile on random posteriors, lead times and levels, exactly."""
    for _ in range(25):
        counts, a, b, lead, level = random_case(np_rng)
        shape, rate = a + sum(counts), b + len(counts)
        q, _ = quantile_and_margin(shape, rate, lead, level)
        check_quantile(solution.demand_quantile(shape, rate, lead, level), q,
                       f"demand_quantile({shape!r}, {rate!r}, days={lead}, level={level})")


def test_quantile_uses_the_whole_posterior(solution):
    """Five days of data and a 14-day lead time: the negative binomial is much wider than a Poisson."""
    shape, rate = 1.0 + 30 + 5 + 18 + 2 + 11, 0.1 + 5
    q, margin = quantile_and_margin(shape, rate, 14, 0.95)
    assert margin > MARGIN
    poisson = 14 * shape / rate
    check_quantile(solution.demand_quantile(shape, rate, 14, 0.95), q,
                   f"demand_quantile({shape!r}, {rate!r}, days=14, level=0.95)",
                   f" (a Poisson with the posterior mean rate, mean {poisson:.1f}, would give about "
                   f"{poisson + 1.645 * math.sqrt(poisson):.0f}: too low, it ignores the uncertainty in lambda)")


@pytest.mark.parametrize("batch", range(2))
def test_safety_stock_random(solution, np_rng, tol, batch):
    """Reorder point, expected lead-time demand and safety stock on random histories."""
    for _ in range(12):
        counts, a, b, lead, level = random_case(np_rng)
        got = solution.safety_stock(list(counts), a, b, lead, level)
        check_stock(got, counts, a, b, lead, level,
                    f"safety_stock({call_text('', counts)[1:-1]}, {a!r}, {b!r}, lead_time={lead}, level={level})", tol)


def test_safety_stock_default_level(solution, tol):
    """level defaults to 0.95."""
    counts = [12, 9, 15, 11, 8, 14, 10]
    got = solution.safety_stock(list(counts), 1.0, 0.2, 5)
    check_stock(got, counts, 1.0, 0.2, 5, 0.95, f"safety_stock({counts}, 1.0, 0.2, lead_time=5)", tol)


@pytest.mark.edge
def test_no_data_is_the_prior(solution, tol):
    """An empty history leaves the prior unchanged and forecasts from it."""
    check_pair(solution.update([], 2.5, 0.4), (2.5, 0.4), "update([], 2.5, 0.4)", tol)
    got = solution.safety_stock([], 2.5, 0.4, 3, 0.9)
    check_stock(got, [], 2.5, 0.4, 3, 0.9, "safety_stock([], 2.5, 0.4, lead_time=3, level=0.9)", tol)


@pytest.mark.edge
def test_all_zero_days(solution, tol):
    """Thirty days without a sale: reorder point 0 and a negative safety stock."""
    counts = [0] * 30
    check_pair(solution.update(list(counts), 0.5, 1.0), (0.5, 31.0), "update([0] * 30, 0.5, 1.0)", tol)
    got = solution.safety_stock(list(counts), 0.5, 1.0, 1)
    check_stock(got, counts, 0.5, 1.0, 1, 0.95, "safety_stock([0] * 30, 0.5, 1.0, lead_time=1)", tol)


@pytest.mark.edge
def test_quantile_zero(solution):
    """When P(D = 0) alone reaches the level the answer is 0, not 1."""
    check_quantile(solution.demand_quantile(0.2, 10.0, 1, 0.95), 0, "demand_quantile(0.2, 10.0, days=1, level=0.95)",
                   f" (P(D = 0) = {math.exp(log_pmf(0, 0.2, 10.0, 1)):.4f} is already >= 0.95)")


@pytest.mark.edge
def test_large_shape(solution, tol):
    """A year of busy days: shape about 1e5, where math.gamma overflows; use logs or ratios."""
    counts = [250 + (7 * d) % 50 for d in range(365)]
    shape, rate = 1.0 + sum(counts), 0.5 + 365
    check_close(solution.predictive_pmf(270, shape, rate, 1), math.exp(log_pmf(270, shape, rate, 1)),
                call=f"predictive_pmf(270, {shape!r}, {rate!r}, days=1)", rtol=1e-8, atol=0.0)
    check_close(solution.predictive_pmf(0, shape, rate, 1), math.exp(log_pmf(0, shape, rate, 1)),
                call=f"predictive_pmf(0, {shape!r}, {rate!r}, days=1)", rtol=1e-8, atol=0.0)
    got = solution.safety_stock(list(counts), 1.0, 0.5, 1, 0.95)
    check_stock(got, counts, 1.0, 0.5, 1, 0.95, "safety_stock(<365 days of 250 to 299 sales>, 1.0, 0.5, lead_time=1)",
                tol)


@pytest.mark.edge
def test_long_lead_time(solution, tol):
    """Sixty days of lead time on a slow seller."""
    counts = [0, 1, 0, 0, 2, 0, 1, 0, 0, 0, 1, 3]
    assert quantile_and_margin(9.0, 13.0, 60, 0.99)[1] > MARGIN
    got = solution.safety_stock(list(counts), 1.0, 1.0, 60, 0.99)
    check_stock(got, counts, 1.0, 1.0, 60, 0.99, f"safety_stock({counts}, 1.0, 1.0, lead_time=60, level=0.99)", tol)
