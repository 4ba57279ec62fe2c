"""Reference: centre the columns, take the SVD of the centred data; the right singular vectors are
the principal directions (already in decreasing order) and s**2 / (n - 1) their variances."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    return vt[:k].copy(), s[:k] ** 2 / (len(X) - 1)
