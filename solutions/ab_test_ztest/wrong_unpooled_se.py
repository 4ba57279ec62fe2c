"""Wrong: uses the unpooled standard error sqrt(p_a(1-p_a)/n_a + p_b(1-p_b)/n_b) (the one for a
confidence interval), not the pooled one the test assumes under H0."""

import math
from statistics import NormalDist


def ab_test_ztest(successes_a: int, n_a: int, successes_b: int, n_b: int, alpha: float = 0.05) -> dict:
    if n_a <= 0 or n_b <= 0 or not 0 <= successes_a <= n_a or not 0 <= successes_b <= n_b or not 0 < alpha < 1:
        raise ValueError("invalid counts or alpha")
    p_a, p_b = successes_a / n_a, successes_b / n_b
    se = math.sqrt(p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b)
    if se == 0.0:
        return {"lift": 0.0, "z": 0.0, "p_value": 1.0, "significant": False}
    z = (p_b - p_a) / se
    p_value = 2 * (1 - NormalDist().cdf(abs(z)))
    return {"lift": p_b - p_a, "z": z, "p_value": p_value, "significant": p_value < alpha}
