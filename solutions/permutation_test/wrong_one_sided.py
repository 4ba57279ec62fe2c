"""Wrong: one-sided. Counts splits with mean(A) - mean(B) >= the observed difference instead of
comparing absolute differences: about half the two-sided p-value when A is the larger group, and
near 1 when A is the smaller one."""

import itertools
import math

import numpy as np


def permutation_test(a, b, rng: np.random.Generator | None = None, n_resamples: int = 9999) -> float:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.size == 0 or b.size == 0:
        raise ValueError("both samples need at least one value")
    pooled = np.concatenate([a, b])
    n, k = pooled.size, a.size
    observed = a.mean() - b.mean()

    def diff(idx) -> float:
        mask = np.zeros(n, dtype=bool)
        mask[list(idx)] = True
        return pooled[mask].mean() - pooled[~mask].mean()

    splits = math.comb(n, k)
    if splits <= 20_000:
        count = sum(diff(idx) >= observed - 1e-9 for idx in itertools.combinations(range(n), k))
        return count / splits
    count = sum(diff(rng.permutation(n)[:k]) >= observed - 1e-9 for _ in range(n_resamples))
    return (count + 1) / (n_resamples + 1)
