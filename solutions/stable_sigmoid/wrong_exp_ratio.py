"""Wrong: sigmoid as exp(x) / (1 + exp(x)). For x above about 709 both are inf and inf / inf is
nan; log_sigmoid as x - log(1 + exp(x)) fails the same way."""

import numpy as np


def sigmoid(x: np.ndarray) -> np.ndarray:
    e = np.exp(x)
    return e / (1.0 + e)


def log_sigmoid(x: np.ndarray) -> np.ndarray:
    return x - np.log(1.0 + np.exp(x))
