"""Wrong: checks k against the number of rows, not of DISTINCT rows. With repeated rows and k
larger than the distinct count, every D2 becomes 0 and it silently falls back to a uniform draw,
returning a copy of a chosen centre instead of raising ValueError."""

import numpy as np


def kmeans_pp_init(X, k, rng):
    n = len(X)
    if not 1 <= k <= n:
        raise ValueError("bad k")
    chosen = [int(rng.integers(n))]
    d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for _ in range(1, k):
        cum = np.cumsum(d2)
        u = rng.random()
        nxt = int(rng.integers(n)) if cum[-1] == 0 else int(np.searchsorted(cum, u * cum[-1], side="right"))
        chosen.append(nxt)
        d2 = np.minimum(d2, ((X - X[nxt]) ** 2).sum(axis=1))
    return np.array(chosen, dtype=np.int64)


def silhouette_score(X, labels):
    clusters, codes = np.unique(labels, return_inverse=True)
    n = len(X)
    if not 2 <= len(clusters) <= n - 1:
        raise ValueError("need 2 <= clusters <= n - 1")
    dist = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    s = np.zeros(n)
    for i in range(n):
        own = codes == codes[i]
        if own.sum() == 1:
            continue
        a = dist[i, own].sum() / (own.sum() - 1)
        b = min(dist[i, codes == c].mean() for c in range(len(clusters)) if c != codes[i])
        if max(a, b) > 0:
            s[i] = (b - a) / max(a, b)
    return float(s.mean())

