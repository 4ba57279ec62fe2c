"""Binary and Crammer-Singer hinge losses with their subgradients, written as plain loops."""

import numpy as np


def hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    n = scores.shape[0]
    for label in y.tolist():
        if label not in (-1, 1):
            raise ValueError(f"labels must be -1 or +1, got {label}")
    total = 0.0
    grad = np.zeros(n, dtype=np.float64)
    for i in range(n):
        margin = 1.0 - float(y[i]) * float(scores[i])
        if margin > 0:
            total += margin
            grad[i] = -float(y[i]) / n
    return total / n, grad


def multiclass_hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    n, c = scores.shape
    total = 0.0
    grad = np.zeros((n, c), dtype=np.float64)
    for i in range(n):
        yi = int(y[i])
        best_j = -1
        best = -np.inf
        for j in range(c):
            # strict > keeps the lowest index among equal scores
            if j != yi and (best_j < 0 or scores[i, j] > best):
                best_j, best = j, float(scores[i, j])
        margin = 1.0 + best - float(scores[i, yi])
        if margin > 0:
            total += margin
            grad[i, best_j] += 1.0 / n
            grad[i, yi] -= 1.0 / n
    return total / n, grad
