"""Newsvendor: walk the negative-binomial pmf upward with a log-space recursion until F(q) reaches
the critical ratio; the expected cost from the partial sums."""

import math


def newsvendor(a: float, b: float, underage: float, overage: float) -> dict:
    for v in (a, b, underage, overage):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v <= 0:
            raise ValueError("a, b, underage and overage must be finite and > 0")
    ratio = underage / (underage + overage)
    log_p = a * (math.log(b) - math.log1p(b))       # log P(D = 0)
    step_const = -math.log1p(b)
    cdf = 0.0
    below = 0.0      # sum over k <= q of P(D = k)
    first = 0.0      # sum over k <= q of k P(D = k)
    q = 0
    while True:
        p = math.exp(log_p)
        cdf += p
        first += q * p
        if cdf >= ratio:
            break
        log_p += math.log(a + q) - math.log(q + 1) + step_const
        q += 1
    below = cdf
    # E[(q - D)^+] = sum_{k <= q} (q - k) p_k = q F(q) - sum_{k <= q} k p_k
    short = q * below - first
    over = a / b - q + short
    cost = overage * short + underage * over
    return {"order": q, "expected_cost": cost, "critical_ratio": ratio}
