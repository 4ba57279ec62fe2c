"""Percentile bootstrap drawing one resample per rng call and interpolating the quantiles by hand."""

import math

import numpy as np


def _linear_quantile(sorted_vals: list[float], q: float) -> float:
    # numpy's default "linear" method: position q * (m - 1) between neighbouring order statistics.
    pos = q * (len(sorted_vals) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_vals) - 1)
    frac = pos - lo
    return sorted_vals[lo] + frac * (sorted_vals[hi] - sorted_vals[lo])


def bootstrap_ci(data, rng: np.random.Generator, statistic: str = "mean", confidence: float = 0.95,
                 n_resamples: int = 2000) -> tuple[float, float]:
    x = np.asarray(data, dtype=np.float64)
    n = len(x)
    if n == 0:
        raise ValueError("data is empty")
    if statistic not in ("mean", "median"):
        raise ValueError(f"unknown statistic {statistic!r}")
    if not 0.0 < confidence < 1.0:
        raise ValueError("confidence must lie in (0, 1)")
    if n_resamples < 1:
        raise ValueError("n_resamples must be at least 1")
    stats = []
    for _ in range(n_resamples):
        row = x[rng.integers(0, n, size=n)]
        stats.append(float(np.mean(row)) if statistic == "mean" else float(np.median(row)))
    stats.sort()
    alpha = 1.0 - confidence
    low = _linear_quantile(stats, alpha / 2)
    high = _linear_quantile(stats, 1 - alpha / 2)
    return (low, max(low, high))
