"""Ranking metrics from the rank of every relevant item (inverse permutation), no top-k slice."""

import numpy as np


def ranking_metrics(scores, relevant, k):
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    totals = np.zeros(4)
    used = 0
    for s, rel in zip(scores, relevant, strict=True):
        if len(rel) == 0:
            continue
        s = np.asarray(s, dtype=np.float64)
        order = np.argsort(-s, kind="stable")
        rank = np.empty(s.size, dtype=np.int64)
        rank[order] = np.arange(1, s.size + 1)
        r = np.sort(rank[np.asarray(rel, dtype=np.int64)])
        r = r[r <= k]
        h = r.size
        R = len(rel)
        ap = float(np.sum(np.arange(1, h + 1) / r)) / min(R, k) if h else 0.0
        rr = 1.0 / r[0] if h else 0.0
        totals += (h / k, h / R, ap, rr)
        used += 1
    if used == 0:
        raise ValueError("no query has a relevant item")
    mean = totals / used
    return {"precision": float(mean[0]), "recall": float(mean[1]), "map": float(mean[2]), "mrr": float(mean[3])}
