"""Wrong on all-equal data: detects constant data by testing the computed variance for 0. For
[0.1] * 3 the mean rounds to 0.10000000000000002, the variance comes out near 2e-34, and the
log-likelihood is a large finite number instead of inf."""

import math

import numpy as np


def gaussian_mle(x) -> tuple[float, float, float]:
    x = np.asarray(x, dtype=np.float64)
    n = x.size
    if n == 0:
        raise ValueError("gaussian_mle needs at least one value")
    mean = float(x.mean())
    var = float(np.var(x))
    if var == 0.0:
        return mean, 0.0, math.inf
    return mean, var, -0.5 * n * (math.log(2 * math.pi * var) + 1.0)


def poisson_mle(counts) -> tuple[float, float]:
    counts = np.asarray(counts, dtype=np.int64)
    n = counts.size
    if n == 0:
        raise ValueError("poisson_mle needs at least one count")
    total = int(counts.sum())
    if total == 0:
        return 0.0, 0.0
    rate = total / n
    log_fact = math.fsum(math.lgamma(int(c) + 1) for c in counts)
    return rate, total * math.log(rate) - n * rate - log_fact
