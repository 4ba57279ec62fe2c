"""Wrong on degenerate data: takes math.log of the variance and of the rate without asking whether
they can be 0. All-equal values (or a single value) make the variance 0, all-zero counts make the
rate 0, and math.log(0) raises ValueError instead of returning the limits (inf and 0)."""

import math

import numpy as np


def gaussian_mle(x) -> tuple[float, float, float]:
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        raise ValueError("gaussian_mle needs at least one value")
    mean = float(x.mean())
    var = float(np.mean((x - mean) ** 2))
    return mean, var, -0.5 * x.size * (math.log(2 * math.pi * var) + 1.0)


def poisson_mle(counts) -> tuple[float, float]:
    counts = np.asarray(counts, dtype=np.int64)
    if counts.size == 0:
        raise ValueError("poisson_mle needs at least one count")
    rate = float(counts.mean())
    log_fact = math.fsum(math.lgamma(c + 1) for c in counts.tolist())
    return rate, float(counts.sum()) * math.log(rate) - counts.size * rate - log_fact
