"""Sample size per arm from the variance of the difference, with z values from the lower tail."""

import math
from statistics import NormalDist


def ab_sample_size(p1: float, p2: float, alpha: float = 0.05, power: float = 0.8) -> int:
    if not (0.0 < p1 < 1.0 and 0.0 < p2 < 1.0):
        raise ValueError("rates must lie in (0, 1)")
    if p1 == p2:
        raise ValueError("p1 == p2: no sample size detects a zero change")
    if not 0.0 < alpha < 1.0:
        raise ValueError("alpha must lie in (0, 1)")
    if not 0.5 <= power < 1.0:
        raise ValueError("power must lie in [0.5, 1)")
    std = NormalDist()
    # The lower-tail quantiles mirror the upper ones, so negate them instead of taking 1 - q.
    z_total = -std.inv_cdf(alpha / 2) + std.inv_cdf(power)
    var_one_user = p1 * (1 - p1) + p2 * (1 - p2)
    effect = abs(p2 - p1)
    n = var_one_user * (z_total / effect) ** 2
    return int(math.ceil(n))
