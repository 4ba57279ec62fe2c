"""Linear layer + ReLU forward and backward with einsum contractions and a boolean mask."""

import numpy as np


def forward(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    z = np.einsum("nd,dm->nm", x, W) + b
    return np.maximum(z, 0.0)


def backward(x: np.ndarray, W: np.ndarray, b: np.ndarray,
             dy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    z = np.einsum("nd,dm->nm", x, W) + b
    dz = np.where(z > 0, dy, 0.0)  # slope 0 at exactly 0
    dx = np.einsum("nm,dm->nd", dz, W)
    dW = np.einsum("nd,nm->dm", x, dz)
    db = dz.sum(axis=0)
    return dx, dW, db
