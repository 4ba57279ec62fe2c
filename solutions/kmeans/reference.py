"""Reference: batch Lloyd iterations from the given centroids; argmin's first-index rule breaks
ties, and a centroid that wins no point stays where it was."""

import numpy as np


def kmeans(X: np.ndarray, init: np.ndarray, max_iter: int = 100,
           tol: float = 0.0) -> tuple[np.ndarray, np.ndarray, int]:
    centroids = np.array(init, dtype=np.float64)  # a copy: init stays untouched
    for n_iter in range(1, max_iter + 1):
        dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        labels = np.argmin(dist, axis=1)  # first minimum: ties go to the lower index
        new = centroids.copy()
        for j in range(len(centroids)):
            members = X[labels == j]
            if len(members):
                new[j] = members.mean(axis=0)
        shift = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        if shift <= tol:
            break
    return centroids, labels.astype(np.int64), n_iter
