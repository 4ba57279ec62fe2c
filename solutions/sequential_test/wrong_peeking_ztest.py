"""Wrong: a fixed-horizon two-sided z-test recomputed after every observation, stopping at the
first p < alpha. Each look is a valid z-test, but looking 200 times rejects a true null about
42% of the time at alpha = 0.05."""

import math

import numpy as np


def msprt(x, theta0: float = 0.0, sigma: float = 1.0, tau: float = 1.0,
          alpha: float = 0.05) -> tuple[np.ndarray, int | None]:
    if sigma <= 0 or tau <= 0 or not 0 < alpha < 1:
        raise ValueError("bad parameters")
    x = np.asarray(x, dtype=np.float64)
    p_values = np.empty(x.size, dtype=np.float64)
    stop = None
    total = 0.0
    for i, value in enumerate(x):
        total += value - theta0
        z = total / (sigma * math.sqrt(i + 1))
        p_values[i] = math.erfc(abs(z) / math.sqrt(2))
        if stop is None and p_values[i] <= alpha:
            stop = i + 1
    return p_values, stop
