"""Wrong: rounds down with int(), leaving the test slightly underpowered."""

from statistics import NormalDist


def ab_sample_size(p1: float, p2: float, alpha: float = 0.05, power: float = 0.8) -> int:
    if not (0 < p1 < 1 and 0 < p2 < 1):
        raise ValueError(f"rates must lie strictly between 0 and 1, got p1={p1}, p2={p2}")
    if p1 == p2:
        raise ValueError("p1 == p2: no sample size detects a zero effect")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie strictly between 0 and 1, got {alpha}")
    if not 0.5 <= power < 1:
        raise ValueError(f"power must lie in [0.5, 1), got {power}")
    normal = NormalDist()
    z = normal.inv_cdf(1 - alpha / 2) + normal.inv_cdf(power)
    n = z * z * (p1 * (1 - p1) + p2 * (1 - p2)) / (p2 - p1) ** 2
    return int(n)
