"""Wrong: calls scikit-learn's ndcg_score, the metric the task asks you to write (it also uses
the relevance as a linear gain, not 2**rel - 1)."""

import numpy as np
from sklearn.metrics import ndcg_score


def ndcg_at_k(scores: list[float], relevance: list[int], k: int) -> float:
    return float(ndcg_score(np.array([relevance]), np.array([scores]), k=k))
