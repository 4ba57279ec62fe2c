"""Wrong: sums the per-example losses instead of averaging them, so the loss and every gradient
entry are n times too large (the learning rate would then depend on the batch size)."""

import numpy as np


def hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    if not np.all((y == 1) | (y == -1)):
        raise ValueError("labels must be -1 or +1")
    slack = 1.0 - y * scores
    return float(np.maximum(slack, 0.0).sum()), np.where(slack > 0, -y * 1.0, 0.0)


def multiclass_hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    n = len(scores)
    rows = np.arange(n)
    others = scores.astype(np.float64)
    others[rows, y] = -np.inf
    runner_up = np.argmax(others, axis=1)
    slack = 1.0 - scores[rows, y] + others[rows, runner_up]
    active = slack > 0
    grad = np.zeros_like(others)
    grad[rows[active], runner_up[active]] = 1.0
    grad[rows[active], y[active]] = -1.0
    return float(np.maximum(slack, 0.0).sum()), grad
