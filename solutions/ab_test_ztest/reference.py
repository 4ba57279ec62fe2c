"""Reference: pooled standard error under H0, two-sided p-value from the normal tail."""

import math


def ab_test_ztest(successes_a: int, n_a: int, successes_b: int, n_b: int, alpha: float = 0.05) -> dict:
    for name, x, n in (("a", successes_a, n_a), ("b", successes_b, n_b)):
        if n <= 0:
            raise ValueError(f"n_{name} must be positive, got {n}")
        if not 0 <= x <= n:
            raise ValueError(f"successes_{name} must lie in [0, n_{name}], got {x} of {n}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie strictly between 0 and 1, got {alpha}")
    p_a, p_b = successes_a / n_a, successes_b / n_b
    pooled = (successes_a + successes_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    if se == 0.0:
        return {"lift": 0.0, "z": 0.0, "p_value": 1.0, "significant": False}
    z = (p_b - p_a) / se
    # erfc keeps small p-values accurate where 1 - Phi(|z|) would cancel.
    p_value = math.erfc(abs(z) / math.sqrt(2))
    return {"lift": p_b - p_a, "z": z, "p_value": p_value, "significant": p_value < alpha}
