"""Two-proportion z-test written straight from the formulas, with the p-value as 2 * (1 - Phi(|z|))."""

import math
from statistics import NormalDist


def ab_test_ztest(successes_a: int, n_a: int, successes_b: int, n_b: int, alpha: float = 0.05) -> dict:
    if n_a <= 0 or n_b <= 0:
        raise ValueError("both arms need at least one user")
    if not 0 <= successes_a <= n_a or not 0 <= successes_b <= n_b:
        raise ValueError("success counts must lie in [0, n]")
    if not 0.0 < alpha < 1.0:
        raise ValueError("alpha must lie strictly between 0 and 1")
    pooled_hits = successes_a + successes_b
    pooled_n = n_a + n_b
    # Decide degeneracy on the integer counts, so no float comparison with 0 is needed.
    if pooled_hits == 0 or pooled_hits == pooled_n:
        return {"lift": 0.0, "z": 0.0, "p_value": 1.0, "significant": False}
    rate_a = successes_a / n_a
    rate_b = successes_b / n_b
    pooled = pooled_hits / pooled_n
    se = math.sqrt(pooled * (1.0 - pooled) * (n_a + n_b) / (n_a * n_b))
    z = (rate_b - rate_a) / se
    p_value = 2.0 * (1.0 - NormalDist().cdf(abs(z)))
    return {"lift": rate_b - rate_a, "z": z, "p_value": p_value, "significant": p_value < alpha}
