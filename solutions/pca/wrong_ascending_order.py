"""Wrong: trusts np.linalg.eigh's order, which is ASCENDING, and keeps its first k eigenpairs: the
directions of least variance instead of most."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    return vectors[:, :k].T.copy(), values[:k]
