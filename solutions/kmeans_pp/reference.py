"""Reference: k-means++ keeps each point's squared distance to its nearest chosen centre and
samples the next centre by inverting the cumulative sum; the silhouette comes from one matrix of
pairwise distances and per-cluster sums."""

import numpy as np


def kmeans_pp_init(X: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    n = len(X)
    if not 1 <= k <= len(np.unique(X, axis=0)):
        raise ValueError(f"k={k} needs between 1 and the number of distinct points ({n} rows)")
    chosen = [int(rng.integers(n))]
    d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for _ in range(1, k):
        cumulative = np.cumsum(d2)
        u = rng.random()
        nxt = int(np.searchsorted(cumulative, u * cumulative[-1], side="right"))  # first cumsum > u * total
        chosen.append(nxt)
        d2 = np.minimum(d2, ((X - X[nxt]) ** 2).sum(axis=1))
    return np.array(chosen, dtype=np.int64)


def silhouette_score(X: np.ndarray, labels: np.ndarray) -> float:
    n = len(X)
    clusters, codes = np.unique(labels, return_inverse=True)
    if not 2 <= len(clusters) <= n - 1:
        raise ValueError("the silhouette needs between 2 and n - 1 clusters")
    dist = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    onehot = np.eye(len(clusters))[codes]  # (n, K)
    sizes = onehot.sum(axis=0)
    sums = dist @ onehot  # (n, K): total distance from each point to each cluster
    own = sizes[codes]
    a = sums[np.arange(n), codes] / np.maximum(own - 1, 1)  # the point's own distance (0) excluded
    means = sums / sizes
    means[np.arange(n), codes] = np.inf
    b = means.min(axis=1)
    denom = np.maximum(a, b)
    s = np.where((own > 1) & (denom > 0), (b - a) / np.where(denom > 0, denom, 1.0), 0.0)
    return float(s.mean())
