"""Principal component analysis: the top-k directions of variance and their variances."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    raise NotImplementedError("write your solution here")
