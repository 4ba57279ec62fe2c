"""Wrong: the population standard deviation (ddof=0) where the t interval needs the sample one
(ddof=1): too narrow, worst for small samples."""

import math

import numpy as np


def normal_mean_ci(data, critical_value: float, sigma: float | None = None) -> tuple[float, float]:
    x = np.asarray(data, dtype=np.float64)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("data must be a non-empty 1-D sequence of numbers")
    if not critical_value > 0:
        raise ValueError(f"critical_value must be positive, got {critical_value}")
    if sigma is None:
        if x.size < 2:
            raise ValueError("the sample standard deviation needs at least 2 values (or pass sigma)")
        spread = x.std()
    elif sigma > 0:
        spread = sigma
    else:
        raise ValueError(f"sigma must be positive, got {sigma}")
    mean = x.mean()
    half = critical_value * spread / math.sqrt(x.size)
    return float(mean - half), float(mean + half)
