"""Wrong: the standard error as sd / n instead of sd / sqrt(n): far too narrow for any n > 1."""

import numpy as np


def normal_mean_ci(data, critical_value: float, sigma: float | None = None) -> tuple[float, float]:
    x = np.asarray(data, dtype=np.float64)
    if x.size == 0 or not critical_value > 0 or (sigma is not None and not sigma > 0):
        raise ValueError("invalid input")
    if sigma is None and x.size < 2:
        raise ValueError("need at least 2 values")
    spread = x.std(ddof=1) if sigma is None else sigma
    half = critical_value * spread / x.size
    return float(x.mean() - half), float(x.mean() + half)
