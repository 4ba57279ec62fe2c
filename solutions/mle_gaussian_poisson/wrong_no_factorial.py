"""Wrong: drops the -log(x!) term of the Poisson log-likelihood because it "does not depend on the
rate". True for finding the argmax, but the log-likelihood value asked for is then off."""

import math

import numpy as np


def gaussian_mle(x) -> tuple[float, float, float]:
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        raise ValueError("gaussian_mle needs at least one value")
    mean = float(x.mean())
    var = float(np.mean((x - mean) ** 2))
    if var == 0.0:
        return mean, 0.0, math.inf
    return mean, var, -0.5 * x.size * (math.log(2 * math.pi * var) + 1.0)


def poisson_mle(counts) -> tuple[float, float]:
    counts = np.asarray(counts, dtype=np.int64)
    if counts.size == 0:
        raise ValueError("poisson_mle needs at least one count")
    rate = float(counts.mean())
    if rate == 0.0:
        return 0.0, 0.0
    return rate, float(counts.sum()) * math.log(rate) - counts.size * rate
