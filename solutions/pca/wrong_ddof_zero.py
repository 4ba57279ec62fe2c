"""Wrong: divides by n (the population variance, ddof = 0) instead of n - 1, so every explained
variance is (n - 1) / n times too small. The components are right."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    Xc = X - X.mean(axis=0)
    cov = Xc.T @ Xc / len(X)
    values, vectors = np.linalg.eigh(cov)
    order = np.argsort(values)[::-1][:k]
    return vectors[:, order].T.copy(), values[order]
