"""Wrong: counts, for each positive, only the negatives scored strictly lower (binary search in the
sorted negatives). Fast, but a positive and a negative with the same score count 0 instead of 1/2,
so any tied scores pull the AUC down."""

import numpy as np


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    pos = scores[labels == 1]
    neg = np.sort(scores[labels == 0])
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("roc_auc needs at least one positive and one negative")
    below = np.searchsorted(neg, pos, side="left")
    return float(below.sum() / (len(pos) * len(neg)))
