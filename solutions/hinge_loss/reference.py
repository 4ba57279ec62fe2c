"""Reference: margins, a mask of the examples still inside the margin (strictly), mean loss and a
gradient of -y / n (binary) or +-1 / n on the runner-up and true class (Crammer-Singer) there."""

import numpy as np


def hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    if not np.all((y == 1) | (y == -1)):
        raise ValueError("hinge_loss labels must be -1 or +1; map 0/1 labels with 2 * y - 1")
    n = len(scores)
    slack = 1.0 - y * scores
    active = slack > 0  # the kink (slack == 0) gets gradient 0
    return float(np.maximum(slack, 0.0).mean()), np.where(active, -y / n, 0.0)


def multiclass_hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    n = len(scores)
    rows = np.arange(n)
    true = scores[rows, y]
    others = scores.astype(np.float64)  # a copy, so the input is left alone
    others[rows, y] = -np.inf
    runner_up = np.argmax(others, axis=1)  # the first maximum: ties go to the lowest index
    slack = 1.0 - true + others[rows, runner_up]
    active = slack > 0
    grad = np.zeros_like(others)
    grad[rows[active], runner_up[active]] = 1.0 / n
    grad[rows[active], y[active]] = -1.0 / n
    return float(np.maximum(slack, 0.0).mean()), grad
