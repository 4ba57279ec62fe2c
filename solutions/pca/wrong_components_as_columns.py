"""Wrong: returns the eigenvectors the way np.linalg.eigh lays them out, as COLUMNS of a (d, k)
matrix, where the task asks for one component per row, shape (k, d)."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    order = np.argsort(values)[::-1][:k]
    return vectors[:, order].copy(), values[order]
