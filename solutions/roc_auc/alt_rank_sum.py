"""ROC AUC by the Mann-Whitney rank-sum: average ranks over tied runs after one stable sort."""

import numpy as np


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    n = scores.shape[0]
    n_pos = int((labels == 1).sum())
    n_neg = n - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("AUC needs both classes: at least one positive and one negative label")
    order = np.argsort(scores, kind="mergesort")
    s = scores[order]
    ranks = np.empty(n, dtype=np.float64)
    # tied runs share the mean of the 1-based ranks they span
    starts = np.flatnonzero(np.r_[True, s[1:] != s[:-1]])
    ends = np.r_[starts[1:], n]
    mean_rank = (starts + 1 + ends) / 2.0
    ranks[order] = np.repeat(mean_rank, ends - starts)
    rank_sum = ranks[labels == 1].sum()
    u = rank_sum - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))
