"""Percentile bootstrap with rng.choice over the values and np.percentile for the cut points."""

import numpy as np

_STATISTICS = {"mean": np.mean, "median": np.median}


def bootstrap_ci(data, rng: np.random.Generator, statistic: str = "mean", confidence: float = 0.95,
                 n_resamples: int = 2000) -> tuple[float, float]:
    x = np.asarray(data, dtype=np.float64)
    if x.size == 0:
        raise ValueError("data is empty")
    if statistic not in _STATISTICS:
        raise ValueError(f"statistic must be 'mean' or 'median', not {statistic!r}")
    if not 0 < confidence < 1:
        raise ValueError("confidence must lie in (0, 1)")
    if n_resamples < 1:
        raise ValueError("n_resamples must be at least 1")
    resamples = rng.choice(x, size=(n_resamples, x.size))
    stats = _STATISTICS[statistic](resamples, axis=1)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(stats, [tail, 100 - tail])
    return (float(low), float(high))
