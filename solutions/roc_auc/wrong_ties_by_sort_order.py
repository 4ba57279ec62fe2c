"""Wrong: the rank-sum formula with plain positions 1..n from a sort, not averaged over tied
scores. Within a run of equal scores the sort order decides who "wins", so ties count 0 or 1
depending on where the labels happen to land instead of 1/2 each."""

import numpy as np


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    positive = labels == 1
    n_pos = int(positive.sum())
    n_neg = len(labels) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("roc_auc needs at least one positive and one negative")
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores, kind="stable")] = np.arange(1, len(scores) + 1)
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
