"""Wrong: the ReLU mask comes from x @ W without the bias, not from the pre-activation the
forward pass actually clipped. Right only where adding b does not change the sign."""

import numpy as np


def forward(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.maximum(x @ W + b, 0.0)


def backward(x: np.ndarray, W: np.ndarray, b: np.ndarray,
             dy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    dz = dy * (x @ W > 0)
    return dz @ W.T, x.T @ dz, dz.sum(axis=0)
