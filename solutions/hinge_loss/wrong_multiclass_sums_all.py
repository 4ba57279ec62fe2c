"""Wrong: the multi-class loss sums max(0, 1 + s_j - s_y) over EVERY wrong class j (the
Weston-Watkins form) instead of taking only the highest-scoring wrong class (Crammer-Singer)."""

import numpy as np


def hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    if not np.all((y == 1) | (y == -1)):
        raise ValueError("labels must be -1 or +1")
    n = len(scores)
    slack = 1.0 - y * scores
    return float(np.maximum(slack, 0.0).mean()), np.where(slack > 0, -y / n, 0.0)


def multiclass_hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    n = len(scores)
    rows = np.arange(n)
    slack = 1.0 + scores - scores[rows, y][:, None]
    slack[rows, y] = 0.0
    active = (slack > 0).astype(np.float64)
    grad = active / n
    grad[rows, y] = -active.sum(axis=1) / n
    return float(np.maximum(slack, 0.0).sum() / n), grad
