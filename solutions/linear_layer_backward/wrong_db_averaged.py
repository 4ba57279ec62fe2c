"""Wrong: db is the mean of dz over the batch instead of the sum. b is added to every row of
x @ W, so each row's gradient flows into b and they add up; nothing here divides by N."""

import numpy as np


def forward(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.maximum(x @ W + b, 0.0)


def backward(x: np.ndarray, W: np.ndarray, b: np.ndarray,
             dy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    dz = dy * (x @ W + b > 0)
    return dz @ W.T, x.T @ dz, dz.mean(axis=0)
