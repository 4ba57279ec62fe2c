"""Wrong: centres the data in place to get the deviations. np.asarray does not copy a float64 array,
so the caller's data comes back shifted to mean 0 (the interval itself is right)."""

import math

import numpy as np


def normal_mean_ci(data, critical_value: float, sigma: float | None = None) -> tuple[float, float]:
    x = np.asarray(data, dtype=np.float64)
    if x.size == 0:
        raise ValueError("data is empty")
    if critical_value <= 0:
        raise ValueError("critical_value must be positive")
    if sigma is not None and sigma <= 0:
        raise ValueError("sigma must be positive")
    n = x.size
    mean = float(x.mean())
    if sigma is None:
        if n < 2:
            raise ValueError("the sample standard deviation needs at least 2 values")
        x -= mean
        spread = math.sqrt(float(x @ x) / (n - 1))
    else:
        spread = sigma
    half = critical_value * spread / math.sqrt(n)
    return (mean - half, mean + half)
