"""Wrong: the quantile loop counts one step too many. It adds P(D = q) and then moves q on before
testing, so it returns the first q with P(D <= q - 1) >= level: one unit of stock too many."""

import math


def update(counts: list[int], a: float, b: float) -> tuple[float, float]:
    return float(a + sum(counts)), float(b + len(counts))


def predictive_pmf(k: int, a: float, b: float, days: int = 1) -> float:
    log_p = (math.lgamma(k + a) - math.lgamma(a) - math.lgamma(k + 1)
             + a * math.log(b / (b + days)) + k * math.log(days / (b + days)))
    return math.exp(log_p)


def demand_quantile(a: float, b: float, days: int, level: float = 0.95) -> int:
    q, cdf = 0, 0.0
    while cdf < level:
        cdf += predictive_pmf(q, a, b, days)
        q += 1
    return q


def safety_stock(counts: list[int], a: float, b: float, lead_time: int, level: float = 0.95) -> dict:
    a_post, b_post = update(counts, a, b)
    reorder_point = demand_quantile(a_post, b_post, lead_time, level)
    expected = lead_time * a_post / b_post
    return {"reorder_point": reorder_point, "expected_demand": expected, "safety_stock": reorder_point - expected}
