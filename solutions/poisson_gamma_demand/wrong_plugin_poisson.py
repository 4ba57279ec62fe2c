"""Wrong: plugs the posterior mean rate into a Poisson and ignores how uncertain that rate is.
Lead-time demand is then Poisson(L * a/b), too narrow when few days were observed: the
95th percentile, and with it the safety stock, comes out too low."""

import math


def update(counts: list[int], a: float, b: float) -> tuple[float, float]:
    return float(a + sum(counts)), float(b + len(counts))


def predictive_pmf(k: int, a: float, b: float, days: int = 1) -> float:
    mu = days * a / b
    return math.exp(k * math.log(mu) - mu - math.lgamma(k + 1))


def demand_quantile(a: float, b: float, days: int, level: float = 0.95) -> int:
    q, cdf = 0, predictive_pmf(0, a, b, days)
    while cdf < level:
        q += 1
        cdf += predictive_pmf(q, a, b, days)
    return q


def safety_stock(counts: list[int], a: float, b: float, lead_time: int, level: float = 0.95) -> dict:
    a_post, b_post = update(counts, a, b)
    reorder_point = demand_quantile(a_post, b_post, lead_time, level)
    expected = lead_time * a_post / b_post
    return {"reorder_point": reorder_point, "expected_demand": expected, "safety_stock": reorder_point - expected}
