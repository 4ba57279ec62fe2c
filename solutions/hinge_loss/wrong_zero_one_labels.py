"""Wrong: uses the labels as given. With 0/1 labels every negative example has y = 0, so its
margin y * s is 0 whatever the score: it always costs exactly 1 and gets no gradient. The task
asks for a ValueError on labels other than -1 and +1."""

import numpy as np


def hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    n = len(scores)
    slack = 1.0 - y * scores
    return float(np.maximum(slack, 0.0).mean()), np.where(slack > 0, -y / n, 0.0)


def multiclass_hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    n = len(scores)
    rows = np.arange(n)
    others = scores.astype(np.float64)
    others[rows, y] = -np.inf
    runner_up = np.argmax(others, axis=1)
    slack = 1.0 - scores[rows, y] + others[rows, runner_up]
    active = slack > 0
    grad = np.zeros_like(others)
    grad[rows[active], runner_up[active]] = 1.0 / n
    grad[rows[active], y[active]] = -1.0 / n
    return float(np.maximum(slack, 0.0).mean()), grad
