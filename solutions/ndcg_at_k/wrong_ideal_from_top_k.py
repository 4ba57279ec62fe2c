"""Wrong: builds the ideal DCG by re-sorting only the k items the model ranked on top. A highly
relevant item the model left outside the top k is then missing from the ideal, so the score is
too high (1.0 whenever the top k are merely in the right order among themselves)."""

import math


def _dcg(relevances: list[int], k: int) -> float:
    return sum((2 ** rel - 1) / math.log2(rank + 1) for rank, rel in enumerate(relevances[:k], start=1))


def ndcg_at_k(scores: list[float], relevance: list[int], k: int) -> float:
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    top = [relevance[i] for i in order[:k]]
    ideal = _dcg(sorted(top, reverse=True), k)
    if ideal == 0:
        return 0.0
    return _dcg(top, k) / ideal
