"""Wrong: takes the mean of every cluster without checking that it has members. A centroid that
wins no point becomes the mean of an empty array: nan (with a RuntimeWarning), and the nan then
spreads to every later distance computed against it."""

import numpy as np


def kmeans(X: np.ndarray, init: np.ndarray, max_iter: int = 100,
           tol: float = 0.0) -> tuple[np.ndarray, np.ndarray, int]:
    centroids = np.array(init, dtype=np.float64)
    for n_iter in range(1, max_iter + 1):
        dist = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        labels = np.argmin(dist, axis=1)
        new = np.array([X[labels == j].mean(axis=0) for j in range(len(centroids))])
        shift = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        if shift <= tol:
            break
    return centroids, labels.astype(np.int64), n_iter
