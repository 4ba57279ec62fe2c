"""Wrong: dW = dz.T @ x, which has shape (M, D): the transpose of the gradient. The gradient
of a weight always has the weight's own shape, (D, M)."""

import numpy as np


def forward(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.maximum(x @ W + b, 0.0)


def backward(x: np.ndarray, W: np.ndarray, b: np.ndarray,
             dy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    dz = dy * (x @ W + b > 0)
    return dz @ W.T, dz.T @ x, dz.sum(axis=0)
