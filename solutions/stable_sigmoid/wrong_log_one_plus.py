"""Wrong: log(1 + z) instead of log1p(z). Stable, but 1 + 4e-18 rounds to 1, so log_sigmoid(40)
comes out as 0 instead of -4.25e-18: every tiny log-probability near 0 is lost."""

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))


def log_sigmoid(x: np.ndarray) -> np.ndarray:
    return np.minimum(x, 0.0) - np.log(1.0 + np.exp(-np.abs(x)))
