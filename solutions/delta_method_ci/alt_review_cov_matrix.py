"""Delta-method CI for a ratio metric via the gradient of C/S and np.cov's 2 x 2 matrix."""

from statistics import NormalDist

import numpy as np


def ratio_metric_ci(clicks, sessions, confidence: float = 0.95) -> dict:
    c = np.array(clicks, dtype=np.float64)
    s = np.array(sessions, dtype=np.float64)
    if c.ndim != 1 or s.ndim != 1 or c.shape != s.shape or c.size < 2:
        raise ValueError("need two 1-D sequences of one length >= 2")
    if not (np.all(np.isfinite(c)) and np.all(np.isfinite(s))):
        raise ValueError("values must be finite")
    if np.any(c < 0) or np.any(s < 1):
        raise ValueError("clicks must be >= 0 and sessions >= 1")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be in (0, 1)")
    n = c.size
    mc, ms = c.mean(), s.mean()
    ratio = mc / ms
    grad = np.array([1.0 / ms, -mc / ms**2])
    cov = np.cov(np.vstack([c, s]), ddof=1)
    var = max(float(grad @ cov @ grad) / n, 0.0)
    se = var ** 0.5
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    ratio = float(c.sum() / s.sum())
    return {"ratio": ratio, "se": se, "low": ratio - z * se, "high": ratio + z * se}
