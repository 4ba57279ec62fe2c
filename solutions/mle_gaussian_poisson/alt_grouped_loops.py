"""Gaussian and Poisson MLEs in plain Python: a Welford pass, and counts grouped by value."""

import math
from collections import Counter


def gaussian_mle(x) -> tuple[float, float, float]:
    n = 0
    mean = 0.0
    m2 = 0.0
    for v in x:
        v = float(v)
        n += 1
        delta = v - mean
        mean += delta / n
        m2 += delta * (v - mean)
    if n == 0:
        raise ValueError("no data")
    sigma2 = m2 / n
    if sigma2 <= 0.0:
        return (mean, 0.0, math.inf)
    # At the MLE the squared deviations sum to n * sigma2, so the quadratic term is exactly -n / 2.
    loglik = -0.5 * n * (math.log(2.0 * math.pi * sigma2) + 1.0)
    return (mean, sigma2, loglik)


def poisson_mle(counts) -> tuple[float, float]:
    tally = Counter(int(c) for c in counts)
    n = sum(tally.values())
    if n == 0:
        raise ValueError("no data")
    total = sum(value * times for value, times in tally.items())
    if total == 0:
        return (0.0, 0.0)
    lam = total / n
    log_factorials = math.fsum(times * math.lgamma(value + 1) for value, times in tally.items())
    loglik = total * math.log(lam) - n * lam - log_factorials
    return (lam, loglik)
