"""Wrong: reports the one-sided p-value P(Z > z) (is B better?), half the two-sided one when B
wins and near 1 when B loses."""

import math
from statistics import NormalDist


def ab_test_ztest(successes_a: int, n_a: int, successes_b: int, n_b: int, alpha: float = 0.05) -> dict:
    if n_a <= 0 or n_b <= 0 or not 0 <= successes_a <= n_a or not 0 <= successes_b <= n_b or not 0 < alpha < 1:
        raise ValueError("invalid counts or alpha")
    p_a, p_b = successes_a / n_a, successes_b / n_b
    pooled = (successes_a + successes_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    if se == 0.0:
        return {"lift": 0.0, "z": 0.0, "p_value": 1.0, "significant": False}
    z = (p_b - p_a) / se
    p_value = 1 - NormalDist().cdf(z)
    return {"lift": p_b - p_a, "z": z, "p_value": p_value, "significant": p_value < alpha}
