"""NDCG@k vectorised in numpy: a stable argsort on negated scores and a discount vector."""

import numpy as np


def ndcg_at_k(scores: list[float], relevance: list[int], k: int) -> float:
    n = len(scores)
    if n == 0:
        return 0.0
    m = min(k, n)
    s = np.asarray(scores, dtype=np.float64)
    rel = np.asarray(relevance, dtype=np.float64)
    order = np.argsort(-s, kind="stable")[:m]
    disc = 1.0 / np.log2(np.arange(2, m + 2))
    gains = np.exp2(rel) - 1.0
    idcg = float((np.sort(gains)[::-1][:m] * disc).sum())
    if idcg == 0.0:
        return 0.0
    return float((gains[order] * disc).sum() / idcg)
