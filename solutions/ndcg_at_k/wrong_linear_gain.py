"""Wrong: uses the relevance itself as the gain (rel instead of 2**rel - 1). The two agree only
for relevances 0 and 1; with graded relevance the highly relevant items weigh too little."""

import math


def _dcg(relevances: list[int], k: int) -> float:
    return sum(rel / math.log2(rank + 1) for rank, rel in enumerate(relevances[:k], start=1))


def ndcg_at_k(scores: list[float], relevance: list[int], k: int) -> float:
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    ideal = _dcg(sorted(relevance, reverse=True), k)
    if ideal == 0:
        return 0.0
    return _dcg([relevance[i] for i in order], k) / ideal
