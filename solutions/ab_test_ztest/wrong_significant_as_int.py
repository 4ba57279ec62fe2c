"""Wrong: reports the decision as an int (1 or 0) instead of a bool; the numbers are right."""

import math


def ab_test_ztest(successes_a: int, n_a: int, successes_b: int, n_b: int, alpha: float = 0.05) -> dict:
    if n_a <= 0 or n_b <= 0:
        raise ValueError("n_a and n_b must be positive")
    if not (0 <= successes_a <= n_a and 0 <= successes_b <= n_b):
        raise ValueError("success counts must lie between 0 and their n")
    if not 0 < alpha < 1:
        raise ValueError("alpha must lie strictly between 0 and 1")
    p_a, p_b = successes_a / n_a, successes_b / n_b
    p = (successes_a + successes_b) / (n_a + n_b)
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    if se == 0:
        return {"lift": 0.0, "z": 0.0, "p_value": 1.0, "significant": 0}
    z = (p_b - p_a) / se
    p_value = math.erfc(abs(z) / math.sqrt(2))
    return {"lift": p_b - p_a, "z": z, "p_value": p_value, "significant": 1 if p_value < alpha else 0}
