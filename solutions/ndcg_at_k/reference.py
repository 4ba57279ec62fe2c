"""Reference: rank by score with a stable sort (ties keep input order), sum exponential gains with
a log2(rank + 1) discount over the top k, and divide by the same sum for the ideal ordering of all
relevances."""

import math


def _dcg(relevances: list[int], k: int) -> float:
    return sum((2 ** rel - 1) / math.log2(rank + 1) for rank, rel in enumerate(relevances[:k], start=1))


def ndcg_at_k(scores: list[float], relevance: list[int], k: int) -> float:
    order = sorted(range(len(scores)), key=lambda i: -scores[i])  # sorted is stable
    ideal = _dcg(sorted(relevance, reverse=True), k)
    if ideal == 0:
        return 0.0
    return _dcg([relevance[i] for i in order], k) / ideal
