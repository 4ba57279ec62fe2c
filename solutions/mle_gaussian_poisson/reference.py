"""Reference: the Gaussian MLE is the sample mean and the mean squared deviation (ddof 0, two
passes so large offsets do not cancel); the Poisson MLE is the sample mean. Log-likelihoods keep
every constant, including -log(x!) = -lgamma(x + 1)."""

import math

import numpy as np


def gaussian_mle(x) -> tuple[float, float, float]:
    x = np.asarray(x, dtype=np.float64)
    n = x.size
    if n == 0:
        raise ValueError("gaussian_mle needs at least one value")
    if np.all(x == x[0]):
        # Equal values: the variance is exactly 0, though x.mean() may round away from x[0].
        return float(x[0]), 0.0, math.inf
    mean = float(x.mean())
    var = float(np.mean((x - mean) ** 2))
    return mean, var, -0.5 * n * (math.log(2 * math.pi * var) + 1.0)


def poisson_mle(counts) -> tuple[float, float]:
    counts = np.asarray(counts, dtype=np.int64)
    n = counts.size
    if n == 0:
        raise ValueError("poisson_mle needs at least one count")
    total = int(counts.sum())
    rate = total / n
    log_fact = math.fsum(math.lgamma(int(c) + 1) for c in counts)
    if rate == 0.0:
        return 0.0, 0.0  # every count is 0: P(0 | rate 0) = 1
    return rate, total * math.log(rate) - n * rate - log_fact
