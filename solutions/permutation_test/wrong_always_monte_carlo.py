"""Wrong: always samples random relabelings, even when the splits are few enough to enumerate,
so small samples get a noisy (c + 1) / (R + 1) instead of the exact p-value the prompt asks for
(and a call without rng fails)."""

import numpy as np


def permutation_test(a, b, rng: np.random.Generator | None = None, n_resamples: int = 9999) -> float:
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.size == 0 or b.size == 0:
        raise ValueError("both samples need at least one value")
    if rng is None:
        rng = np.random.default_rng()
    pooled = np.concatenate([a, b])
    k = a.size
    observed = abs(a.mean() - b.mean())
    count = 0
    for _ in range(n_resamples):
        perm = rng.permutation(pooled)
        if abs(perm[:k].mean() - perm[k:].mean()) >= observed - 1e-9:
            count += 1
    return (count + 1) / (n_resamples + 1)
