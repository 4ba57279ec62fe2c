"""Wrong: uses the unbiased sample variance (divide by n - 1). That is not the maximum-likelihood
estimate, which divides by n, and a single value gives 0/0 = nan."""

import math

import numpy as np


def gaussian_mle(x) -> tuple[float, float, float]:
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        raise ValueError("gaussian_mle needs at least one value")
    mean = float(x.mean())
    var = float(np.sum((x - mean) ** 2) / (x.size - 1))
    if var == 0.0:
        return mean, 0.0, math.inf
    return mean, var, float(np.sum(-0.5 * np.log(2 * math.pi * var) - (x - mean) ** 2 / (2 * var)))


def poisson_mle(counts) -> tuple[float, float]:
    counts = np.asarray(counts, dtype=np.int64)
    if counts.size == 0:
        raise ValueError("poisson_mle needs at least one count")
    rate = float(counts.mean())
    if rate == 0.0:
        return 0.0, 0.0
    return rate, math.fsum(c * math.log(rate) - rate - math.lgamma(c + 1) for c in counts.tolist())
