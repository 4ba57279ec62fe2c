"""Wrong: checks only that each parameter is positive. An infinite cost or rate passes that check
and comes back as a nan critical ratio or a nan cost instead of a ValueError (nan itself fails
`v > 0` and is caught by luck)."""

import math

import numpy as np


def newsvendor(a, b, underage, overage):
    for v in (a, b, underage, overage):
        if not v > 0:
            raise ValueError("all parameters must be positive")
    ratio = underage / (underage + overage)
    mean = a / b
    sd = math.sqrt(mean + mean / b)
    top = int(mean + 40 * sd + 100)
    k = np.arange(top + 1)
    lg = np.vectorize(math.lgamma)
    log_pmf = lg(a + k) - math.lgamma(a) - lg(k + 1.0) + a * math.log(b / (b + 1)) - k * math.log1p(b)
    pmf = np.exp(log_pmf)
    cdf = np.cumsum(pmf)
    q = int(np.searchsorted(cdf, ratio, side="left"))
    below = float(np.sum((q - k[:q]) * pmf[:q]))
    cost = overage * below + underage * (mean - q + below)
    return {"order": q, "expected_cost": float(cost), "critical_ratio": float(ratio)}
