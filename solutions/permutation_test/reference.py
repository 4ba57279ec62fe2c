"""Reference: enumerate every split when there are at most 20,000, else sample random
relabelings with the Generator; two-sided on |mean(A) - mean(B)|."""

import itertools
import math

import numpy as np

EXACT_LIMIT = 20_000
TIE_TOL = 1e-9


def permutation_test(a, b, rng: np.random.Generator | None = None, n_resamples: int = 9999) -> float:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.size == 0 or b.size == 0:
        raise ValueError(f"both samples need at least one value, got {a.size} and {b.size}")
    pooled = np.concatenate([a, b])
    n, k = pooled.size, a.size
    total = pooled.sum()
    observed = abs(a.mean() - b.mean())

    def count_extreme(groups: np.ndarray) -> int:
        # groups: (m, k) indices of group A; group B is everything else.
        sums = pooled[groups].sum(axis=1)
        diffs = np.abs(sums / k - (total - sums) / (n - k))
        return int(np.count_nonzero(diffs >= observed - TIE_TOL))

    splits = math.comb(n, k)
    if splits <= EXACT_LIMIT:
        groups = np.array(list(itertools.combinations(range(n), k)), dtype=np.intp).reshape(splits, k)
        return count_extreme(groups) / splits
    if rng is None:
        raise ValueError(f"{splits} splits are too many to enumerate: pass rng for the Monte Carlo test")
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be at least 1, got {n_resamples}")
    # Sorting a row of uniforms gives a uniformly random permutation; its first k indices form A.
    groups = rng.random((n_resamples, n)).argsort(axis=1)[:, :k]
    return (count_extreme(groups) + 1) / (n_resamples + 1)
