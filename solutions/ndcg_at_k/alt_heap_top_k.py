"""NDCG@k taking the model's top k with heapq.nlargest (stable on ties) instead of a full sort."""

import heapq
import math


def _dcg(rels: list[int]) -> float:
    return sum((2 ** r - 1) / math.log2(i + 2) for i, r in enumerate(rels))


def ndcg_at_k(scores: list[float], relevance: list[int], k: int) -> float:
    n = len(scores)
    m = min(k, n)
    # nlargest behaves like sorted(..., reverse=True)[:m]: equal scores keep index order
    top = heapq.nlargest(m, range(n), key=lambda i: scores[i])
    ideal = heapq.nlargest(m, relevance)
    idcg = _dcg(ideal)
    if idcg == 0:
        return 0.0
    return _dcg([relevance[i] for i in top]) / idcg
