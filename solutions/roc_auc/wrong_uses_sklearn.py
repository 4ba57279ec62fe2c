"""Wrong: calls scikit-learn's roc_auc_score, the function the task asks you to write."""

import numpy as np
from sklearn.metrics import roc_auc_score


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    return float(roc_auc_score(labels, scores))
