"""Sample size per arm as the smallest integer n meeting the power condition, found by bisection."""

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
    z_sum = std.inv_cdf(1 - alpha / 2) + std.inv_cdf(power)
    need = z_sum * z_sum * (p1 * (1 - p1) + p2 * (1 - p2))
    gap2 = (p2 - p1) ** 2

    def enough(n: int) -> bool:
        # n users per arm suffice when n * (p2 - p1)^2 >= (z_alpha + z_beta)^2 * variance.
        return n * gap2 >= need

    hi = 1
    while not enough(hi):
        hi *= 2
    lo = hi // 2  # enough(lo) is false, or lo == 0
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if enough(mid):
            hi = mid
        else:
            lo = mid
    return hi
