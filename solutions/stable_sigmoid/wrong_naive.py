"""Wrong: the textbook formulas. exp(-x) overflows for x below about -709 (numpy warns and the
value goes through inf), and log(sigmoid(x)) is log(0) = -inf at x = -1e4, where the answer is
about -1e4."""

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def log_sigmoid(x: np.ndarray) -> np.ndarray:
    return np.log(sigmoid(x))
