"""Wrong: makes the Monte Carlo branch "reproducible" with its own np.random.default_rng(0) and
ignores the rng it is given, so every seed gives the same answer. Correct otherwise."""

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
    total = pooled.sum()
    observed = abs(a.mean() - b.mean())

    def extreme(groups: np.ndarray) -> int:
        sums = pooled[groups].sum(axis=1)
        return int(np.count_nonzero(np.abs(sums / k - (total - sums) / (n - k)) >= observed - 1e-9))

    splits = math.comb(n, k)
    if splits <= 20_000:
        return extreme(np.array(list(itertools.combinations(range(n), k)), dtype=np.intp).reshape(splits, k)) / splits
    rng = np.random.default_rng(0)  # fixed so that results are reproducible
    groups = np.stack([rng.permutation(n)[:k] for _ in range(n_resamples)])
    return (extreme(groups) + 1) / (n_resamples + 1)
