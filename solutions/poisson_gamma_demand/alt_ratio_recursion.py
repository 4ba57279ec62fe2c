"""Poisson-Gamma demand: the pmf by summing log ratios of consecutive terms, the quantile from lgamma."""

import math


def update(counts: list[int], a: float, b: float) -> tuple[float, float]:
    shape = float(a)
    rate = float(b)
    for c in counts:
        shape += c
        rate += 1.0
    return (shape, rate)


def _log_p0(a: float, b: float, days: int) -> float:
    # P(D = 0) = (b / (b + days))^a; log1p keeps the digits when days is small next to b.
    return -a * math.log1p(days / b)


def _log_ratio(j: int, a: float, b: float, days: int) -> float:
    # P(D = j + 1) / P(D = j) = (a + j) / (j + 1) * days / (b + days)
    return math.log(a + j) - math.log(j + 1) + math.log(days) - math.log(b + days)


def predictive_pmf(k: int, a: float, b: float, days: int = 1) -> float:
    log_p = _log_p0(a, b, days)
    for j in range(k):
        log_p += _log_ratio(j, a, b, days)
    return math.exp(log_p)


def demand_quantile(a: float, b: float, days: int, level: float = 0.95) -> int:
    # Each term from the closed form in lgamma, rather than from its neighbour.
    log_p0 = _log_p0(a, b, days)
    log_step = math.log(days) - math.log(b + days)
    cdf = 0.0
    q = 0
    while True:
        cdf += math.exp(math.lgamma(q + a) - math.lgamma(a) - math.lgamma(q + 1) + log_p0 + q * log_step)
        if cdf >= level:
            return q
        q += 1


def safety_stock(counts: list[int], a: float, b: float, lead_time: int, level: float = 0.95) -> dict:
    shape, rate = update(counts, a, b)
    reorder = demand_quantile(shape, rate, lead_time, level)
    expected = lead_time * shape / rate
    return {"reorder_point": reorder, "expected_demand": expected, "safety_stock": reorder - expected}
