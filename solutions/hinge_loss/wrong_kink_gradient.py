"""Wrong: takes the gradient wherever 1 - y * s >= 0, so an example exactly on the margin
(y * s == 1, loss 0) gets -y / n where the stated subgradient convention is 0."""

import numpy as np


def hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    if not np.all((y == 1) | (y == -1)):
        raise ValueError("labels must be -1 or +1")
    n = len(scores)
    slack = 1.0 - y * scores
    return float(np.maximum(slack, 0.0).mean()), np.where(slack >= 0, -y / n, 0.0)


def multiclass_hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    n = len(scores)
    rows = np.arange(n)
    others = scores.astype(np.float64)
    others[rows, y] = -np.inf
    runner_up = np.argmax(others, axis=1)
    slack = 1.0 - scores[rows, y] + others[rows, runner_up]
    active = slack >= 0
    grad = np.zeros_like(others)
    grad[rows[active], runner_up[active]] = 1.0 / n
    grad[rows[active], y[active]] = -1.0 / n
    return float(np.maximum(slack, 0.0).mean()), grad
