"""Wrong: log_sigmoid(x) = -logaddexp(0, -x) hands the stable formula to numpy's logaddexp,
which this problem asks you to write out yourself."""

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    return np.exp(-np.logaddexp(0.0, -x))


def log_sigmoid(x: np.ndarray) -> np.ndarray:
    return -np.logaddexp(0.0, -x)
