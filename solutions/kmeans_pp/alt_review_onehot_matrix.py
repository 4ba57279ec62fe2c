"""k-means++ with searchsorted on the cumulative D^2; silhouette from a full distance matrix and a
one-hot cluster matrix (per-cluster distance sums in one matrix product)."""

import numpy as np


def kmeans_pp_init(X, k, rng):
    X = np.asarray(X, dtype=np.float64)
    n = X.shape[0]
    distinct = np.unique(X, axis=0).shape[0]
    if not 1 <= k <= distinct:
        raise ValueError(f"k must be between 1 and {distinct} (the distinct rows), got {k}")
    chosen = [int(rng.integers(n))]
    d2 = np.sum((X - X[chosen[0]]) ** 2, axis=1)
    while len(chosen) < k:
        cum = np.cumsum(d2)
        u = rng.random()
        i = int(np.searchsorted(cum, u * cum[-1], side="right"))
        chosen.append(i)
        d2 = np.minimum(d2, np.sum((X - X[i]) ** 2, axis=1))
    return np.array(chosen, dtype=np.int64)


def silhouette_score(X, labels):
    X = np.asarray(X, dtype=np.float64)
    labels = np.asarray(labels)
    n = X.shape[0]
    values, inv = np.unique(labels, return_inverse=True)
    K = values.size
    if not 2 <= K <= n - 1:
        raise ValueError(f"need between 2 and n - 1 clusters, got {K}")
    D = np.sqrt(np.sum((X[:, None, :] - X[None, :, :]) ** 2, axis=2))
    onehot = np.zeros((n, K))
    onehot[np.arange(n), inv] = 1.0
    sizes = onehot.sum(axis=0)
    sums = D @ onehot  # (n, K): sum of distances from i to each cluster
    own = sizes[inv]
    a = np.where(own > 1, sums[np.arange(n), inv] / np.maximum(own - 1, 1), 0.0)
    means = sums / sizes
    means[np.arange(n), inv] = np.inf
    b = means.min(axis=1)
    m = np.maximum(a, b)
    s = np.where((own > 1) & (m > 0), (b - a) / np.where(m > 0, m, 1.0), 0.0)
    return float(s.mean())
