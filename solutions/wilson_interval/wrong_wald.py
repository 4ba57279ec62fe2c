"""Wrong: the Wald interval p_hat +- z sqrt(p_hat (1 - p_hat) / n). It collapses to [0, 0] when
there are no successes and covers a small p far less often than promised."""

import math
from statistics import NormalDist


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    if n <= 0 or not 0 <= successes <= n or not 0 < confidence < 1:
        raise ValueError("invalid input")
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p_hat = successes / n
    half = z * math.sqrt(p_hat * (1 - p_hat) / n)
    return max(0.0, p_hat - half), min(1.0, p_hat + half)
