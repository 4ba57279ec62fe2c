"""Wrong: an off-by-one in the discrete quantile: it returns the first q whose P(D < q) (not
P(D <= q)) reaches the ratio, one unit more than the optimum."""

import math


def _log_pmf(k: int, a: float, b: float) -> float:
    """log P(D = k) for D | lam ~ Poisson(lam), lam ~ Gamma(shape a, rate b)."""
    return (math.lgamma(a + k) - math.lgamma(a) - math.lgamma(k + 1)
            + a * math.log(b / (b + 1)) - k * math.log1p(b))


def newsvendor(a: float, b: float, underage: float, overage: float) -> dict:
    if not (a > 0 and b > 0 and math.isfinite(a) and math.isfinite(b)):
        raise ValueError("the Gamma shape a and rate b must be positive and finite")
    if not (underage > 0 and overage > 0 and math.isfinite(underage) and math.isfinite(overage)):
        raise ValueError("underage and overage costs must be positive and finite")
    ratio = underage / (underage + overage)
    pmf: list[float] = []
    cdf = 0.0
    q = 0
    while True:
        # Each term from its logarithm: P(D = 0) = (b / (b + 1))^a underflows for a large shape, so a
        # recursion P(k + 1) = P(k) (a + k) / ((k + 1)(b + 1)) started at P(0) would stay 0.
        pmf.append(math.exp(_log_pmf(q, a, b)))
        cdf += pmf[-1]
        q += 1
        if cdf >= ratio:
            break
    # E[(q - D)^+] = sum_{k < q} (q - k) P(k); E[(D - q)^+] = E[D] - q + E[(q - D)^+].
    short_of_q = math.fsum((q - k) * p for k, p in enumerate(pmf[:q]))
    mean = a / b
    cost = overage * short_of_q + underage * (mean - q + short_of_q)
    return {"order": q, "expected_cost": cost, "critical_ratio": ratio}
