"""Percentile bootstrap confidence interval for the mean or the median of a sample."""

import numpy as np


def bootstrap_ci(data, rng: np.random.Generator, statistic: str = "mean", confidence: float = 0.95,
                 n_resamples: int = 2000) -> tuple[float, float]:
    raise NotImplementedError("write your solution here")
