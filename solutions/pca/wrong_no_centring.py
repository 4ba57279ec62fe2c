"""Wrong: decomposes X as given, without subtracting the column means. X^T X / (n - 1) is not the
covariance unless the data already has mean zero; with an offset, the first "component" points at
the mean instead of along the spread."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    _, s, vt = np.linalg.svd(X, full_matrices=False)
    return vt[:k].copy(), s[:k] ** 2 / (len(X) - 1)
