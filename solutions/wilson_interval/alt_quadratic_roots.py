"""Wilson interval as the two roots of the score test's quadratic in p, taken in a stable order."""

import math
from statistics import NormalDist


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    if n <= 0:
        raise ValueError("n must be positive")
    if successes < 0 or successes > n:
        raise ValueError("successes must lie in [0, n]")
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must lie strictly between 0 and 1")
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p = successes / n
    e = z * z / n
    # (p - x)^2 = e x (1 - x)  <=>  (1 + e) x^2 - (2p + e) x + p^2 = 0.
    # The discriminant simplifies to e (4 p (1 - p) + e), which avoids cancelling two near-equal squares.
    disc = e * (4.0 * p * (1.0 - p) + e)
    q = 0.5 * ((2.0 * p + e) + math.sqrt(disc))   # the root sum and root of largest magnitude
    high = q / (1.0 + e)
    low = (p * p) / q                               # product of roots is p^2 / (1 + e)
    low = min(max(low, 0.0), 1.0)
    high = min(max(high, low), 1.0)
    return (low, high)
