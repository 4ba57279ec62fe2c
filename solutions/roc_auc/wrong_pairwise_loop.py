"""Wrong: for each positive, counts the negatives below it with a vectorised comparison. Each step
is fast numpy, but there is one step per positive over all negatives: O(n_pos * n_neg) work."""

import numpy as np


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    pos = scores[labels == 1]
    neg = scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("roc_auc needs at least one positive and one negative")
    total = 0.0
    for s in pos:
        total += np.count_nonzero(neg < s) + 0.5 * np.count_nonzero(neg == s)
    return float(total / (len(pos) * len(neg)))
