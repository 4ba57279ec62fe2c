"""Reference: the Gamma posterior (a + sum, b + n); lead-time demand given the data is negative
binomial, summed term by term with the ratio P(k+1)/P(k) = (k + a)/(k + 1) * L/(b + L)."""

import math


def update(counts: list[int], a: float, b: float) -> tuple[float, float]:
    return float(a + sum(counts)), float(b + len(counts))


def predictive_pmf(k: int, a: float, b: float, days: int = 1) -> float:
    log_p = (math.lgamma(k + a) - math.lgamma(a) - math.lgamma(k + 1)
             + a * math.log(b / (b + days)) + k * math.log(days / (b + days)))
    return math.exp(log_p)


def demand_quantile(a: float, b: float, days: int, level: float = 0.95) -> int:
    ratio = days / (b + days)
    p = math.exp(a * math.log(b / (b + days)))
    cdf, q = p, 0
    while cdf < level:
        p *= (q + a) / (q + 1) * ratio
        q += 1
        cdf += p
    return q


def safety_stock(counts: list[int], a: float, b: float, lead_time: int, level: float = 0.95) -> dict:
    a_post, b_post = update(counts, a, b)
    reorder_point = demand_quantile(a_post, b_post, lead_time, level)
    expected = lead_time * a_post / b_post
    return {"reorder_point": reorder_point, "expected_demand": expected, "safety_stock": reorder_point - expected}
