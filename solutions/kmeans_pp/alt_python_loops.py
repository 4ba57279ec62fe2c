"""Plain-Python k-means++ (a running list of weights and bisect on their prefix sums) and a
silhouette that groups the points per cluster in a dict."""

import bisect
import math
from itertools import accumulate

import numpy as np


def _sq(p, q):
    return sum((a - b) ** 2 for a, b in zip(p, q, strict=False))


def kmeans_pp_init(X, k, rng):
    rows = [tuple(r) for r in X.tolist()]
    if k < 1 or k > len(set(rows)):
        raise ValueError("k must be between 1 and the number of distinct rows")
    n = len(rows)
    first = int(rng.integers(n))
    chosen = [first]
    weights = [_sq(r, rows[first]) for r in rows]
    while len(chosen) < k:
        cum = list(accumulate(weights))
        u = rng.random()
        i = bisect.bisect_right(cum, u * cum[-1])
        chosen.append(i)
        weights = [min(w, _sq(r, rows[i])) for w, r in zip(weights, rows, strict=False)]
    return np.array(chosen, dtype=np.int64)


def silhouette_score(X, labels):
    points = X.tolist()
    labs = [int(v) for v in labels]
    groups = {}
    for idx, lab in enumerate(labs):
        groups.setdefault(lab, []).append(idx)
    if len(groups) < 2 or len(groups) > len(points) - 1:
        raise ValueError("need between 2 and n - 1 clusters")
    total = 0.0
    for i, lab in enumerate(labs):
        members = groups[lab]
        if len(members) == 1:
            continue
        a = sum(math.dist(points[i], points[j]) for j in members if j != i) / (len(members) - 1)
        b = min(sum(math.dist(points[i], points[j]) for j in g) / len(g) for c, g in groups.items() if c != lab)
        if max(a, b) > 0:
            total += (b - a) / max(a, b)
    return total / len(points)
