"""Wrong: draws the index matrix transposed, rng.integers(0, n, size=(n, n_resamples)), and takes
each column as a resample. A valid bootstrap, but not the stated draw, so the interval does not
match the grader's for the same seed."""

import numpy as np


def bootstrap_ci(data, rng: np.random.Generator, statistic: str = "mean", confidence: float = 0.95,
                 n_resamples: int = 2000) -> tuple[float, float]:
    x = np.asarray(data, dtype=np.float64)
    if x.size == 0 or statistic not in ("mean", "median") or not 0 < confidence < 1 or n_resamples < 1:
        raise ValueError("invalid input")
    func = np.mean if statistic == "mean" else np.median
    idx = rng.integers(0, x.size, size=(x.size, n_resamples))
    stats = func(x[idx], axis=0)
    alpha = 1 - confidence
    low, high = np.quantile(stats, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)
