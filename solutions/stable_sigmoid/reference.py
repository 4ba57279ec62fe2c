"""Reference: only ever exponentiate -|x| (at most 1, never overflows), pick the branch per sign,
and write log(1 + tiny) as log1p."""

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))


def log_sigmoid(x: np.ndarray) -> np.ndarray:
    return np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))
