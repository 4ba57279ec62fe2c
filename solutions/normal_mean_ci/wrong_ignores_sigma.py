"""Wrong: always uses the sample standard deviation, even when sigma is known. With a z critical
value (1.96) and a sample of 4 that interval covers the mean only about 85% of the time."""

import math

import numpy as np


def normal_mean_ci(data, critical_value: float, sigma: float | None = None) -> tuple[float, float]:
    x = np.asarray(data, dtype=np.float64)
    if x.size == 0 or not critical_value > 0 or (sigma is not None and not sigma > 0):
        raise ValueError("invalid input")
    if x.size < 2:
        raise ValueError("need at least 2 values")
    half = critical_value * x.std(ddof=1) / math.sqrt(x.size)
    return float(x.mean() - half), float(x.mean() + half)
