"""Reference: the ratio of sums with its delta-method variance from per-user (co)variances;
normal interval."""

import math
from statistics import NormalDist

import numpy as np


def ratio_metric_ci(clicks, sessions, confidence: float = 0.95) -> dict:
    c = np.asarray(clicks, dtype=np.float64)
    s = np.asarray(sessions, dtype=np.float64)
    if c.ndim != 1 or c.shape != s.shape or c.size < 2:
        raise ValueError("clicks and sessions must be 1-D, of one length, with at least 2 users")
    if not (np.all(np.isfinite(c)) and np.all(np.isfinite(s))) or np.any(c < 0) or np.any(s < 1):
        raise ValueError("clicks must be >= 0 and every user needs at least one session")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must lie strictly between 0 and 1, got {confidence}")
    n = c.size
    ratio = float(c.sum() / s.sum())
    dc, ds = c - c.mean(), s - s.mean()
    var_c, var_s, cov = dc @ dc / (n - 1), ds @ ds / (n - 1), dc @ ds / (n - 1)
    # Var(C - R S) over users, scaled by n mean(S)^2; rounding can push it a hair below 0.
    variance = max(0.0, float(var_c - 2 * ratio * cov + ratio * ratio * var_s)) / (n * float(s.mean()) ** 2)
    se = math.sqrt(variance)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    return {"ratio": ratio, "se": se, "low": ratio - z * se, "high": ratio + z * se}
