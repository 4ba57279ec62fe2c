"""Wrong: a(i) divides the summed distances within the cluster by |C| instead of |C| - 1, as if
the point were its own neighbour at distance 0: a(i) is too small and every silhouette too high."""

import numpy as np


def kmeans_pp_init(X, k, rng):
    n = len(X)
    if not 1 <= k <= len(np.unique(X, axis=0)):
        raise ValueError("bad k")
    chosen = [int(rng.integers(n))]
    d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for _ in range(1, k):
        cum = np.cumsum(d2)
        nxt = int(np.searchsorted(cum, rng.random() * cum[-1], side="right"))
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
        a = dist[i, own].mean()
        b = min(dist[i, codes == c].mean() for c in range(len(clusters)) if c != codes[i])
        if max(a, b) > 0:
            s[i] = (b - a) / max(a, b)
    return float(s.mean())
