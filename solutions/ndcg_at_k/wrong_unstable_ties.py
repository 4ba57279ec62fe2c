"""Wrong: ranks with np.argsort(scores)[::-1]. Reversing an ascending sort puts tied scores in
DESCENDING index order (and argsort's default algorithm is not stable anyway), so among equal
scores the later item ranks first; the rule is the earlier item first."""

import numpy as np


def ndcg_at_k(scores: list[float], relevance: list[int], k: int) -> float:
    rel = np.asarray(relevance, dtype=np.float64)
    if len(rel) == 0:
        return 0.0
    order = np.argsort(np.asarray(scores, dtype=np.float64))[::-1]
    discounts = 1.0 / np.log2(np.arange(2, len(rel) + 2))
    gains = 2.0 ** rel - 1.0
    dcg = float((gains[order][:k] * discounts[:k]).sum())
    ideal = float((np.sort(gains)[::-1][:k] * discounts[:k]).sum())
    return dcg / ideal if ideal > 0 else 0.0
