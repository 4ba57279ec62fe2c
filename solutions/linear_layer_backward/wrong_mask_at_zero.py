"""Wrong: ReLU mask z >= 0, so a pre-activation of exactly 0 passes the gradient through
(subgradient 1). The stated convention (and torch's) is 0 there."""

import numpy as np


def forward(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.maximum(x @ W + b, 0.0)


def backward(x: np.ndarray, W: np.ndarray, b: np.ndarray,
             dy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    dz = dy * (x @ W + b >= 0)
    return dz @ W.T, x.T @ dz, dz.sum(axis=0)
