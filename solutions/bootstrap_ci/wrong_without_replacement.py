"""Wrong: resamples WITHOUT replacement (each row a permutation of the data), so every resample
has the same mean and the interval has width zero: it almost never covers the true mean."""

import numpy as np


def bootstrap_ci(data, rng: np.random.Generator, statistic: str = "mean", confidence: float = 0.95,
                 n_resamples: int = 2000) -> tuple[float, float]:
    x = np.asarray(data, dtype=np.float64)
    if x.size == 0 or statistic not in ("mean", "median") or not 0 < confidence < 1 or n_resamples < 1:
        raise ValueError("invalid input")
    func = np.mean if statistic == "mean" else np.median
    resamples = rng.permuted(np.tile(x, (n_resamples, 1)), axis=1)
    stats = func(resamples, axis=1)
    alpha = 1 - confidence
    low, high = np.quantile(stats, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)
