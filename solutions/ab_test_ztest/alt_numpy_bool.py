"""Alternative: the same pooled z-test written with numpy scalars, so every value it returns is a
numpy type (float64 numbers and a numpy boolean for the decision), which the prompt accepts."""

from statistics import NormalDist

import numpy as np


def ab_test_ztest(successes_a: int, n_a: int, successes_b: int, n_b: int, alpha: float = 0.05) -> dict:
    if n_a <= 0 or n_b <= 0:
        raise ValueError("n_a and n_b must be positive")
    if not (0 <= successes_a <= n_a and 0 <= successes_b <= n_b):
        raise ValueError("success counts must lie between 0 and their n")
    if not 0 < alpha < 1:
        raise ValueError("alpha must lie strictly between 0 and 1")
    counts = np.array([successes_a, successes_b], dtype=np.float64)
    sizes = np.array([n_a, n_b], dtype=np.float64)
    rates = counts / sizes
    pooled = counts.sum() / sizes.sum()
    se = np.sqrt(pooled * (1 - pooled) * np.sum(1 / sizes))
    if se == 0:
        return {"lift": np.float64(0.0), "z": np.float64(0.0), "p_value": np.float64(1.0),
                "significant": np.bool_(False)}
    lift = rates[1] - rates[0]
    z = lift / se
    p_value = np.float64(2 * NormalDist().cdf(-abs(float(z))))
    return {"lift": lift, "z": z, "p_value": p_value, "significant": p_value < alpha}
