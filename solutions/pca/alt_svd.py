"""PCA from the SVD of the centred data: right singular vectors and s^2 / (n - 1)."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    # numpy returns singular values in decreasing order already
    return vt[:k].copy(), (s[:k] ** 2) / (n - 1)
