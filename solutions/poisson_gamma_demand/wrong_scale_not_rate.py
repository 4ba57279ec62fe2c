"""Wrong: reads b as the Gamma's scale (mean a*b) instead of its rate (mean a/b), as numpy's
rng.gamma(shape, scale) suggests. Internally consistent, and right only when b happens to be 1."""

import math


def update(counts: list[int], a: float, b: float) -> tuple[float, float]:
    # posterior scale = 1 / (1/b + n)
    return float(a + sum(counts)), b / (1.0 + len(counts) * b)


def predictive_pmf(k: int, a: float, b: float, days: int = 1) -> float:
    rate = 1.0 / b
    log_p = (math.lgamma(k + a) - math.lgamma(a) - math.lgamma(k + 1)
             + a * math.log(rate / (rate + days)) + k * math.log(days / (rate + days)))
    return math.exp(log_p)


def demand_quantile(a: float, b: float, days: int, level: float = 0.95) -> int:
    q, cdf = 0, predictive_pmf(0, a, b, days)
    while cdf < level:
        q += 1
        cdf += predictive_pmf(q, a, b, days)
    return q


def safety_stock(counts: list[int], a: float, b: float, lead_time: int, level: float = 0.95) -> dict:
    a_post, scale_post = update(counts, a, b)
    reorder_point = demand_quantile(a_post, scale_post, lead_time, level)
    expected = lead_time * a_post * scale_post
    return {"reorder_point": reorder_point, "expected_demand": expected, "safety_stock": reorder_point - expected}
