"""Wrong: moves a centroid as soon as each point is assigned (a running mean, point by point)
instead of assigning every point first and then recomputing all the means. Later points in the
same pass see centroids that earlier points already moved, so the trajectory differs from Lloyd's."""

import numpy as np


def kmeans(X: np.ndarray, init: np.ndarray, max_iter: int = 100,
           tol: float = 0.0) -> tuple[np.ndarray, np.ndarray, int]:
    centroids = np.array(init, dtype=np.float64)
    k = len(centroids)
    labels = np.zeros(len(X), dtype=np.int64)
    for n_iter in range(1, max_iter + 1):
        old = centroids.copy()
        counts = np.zeros(k)
        for i, x in enumerate(X):
            j = int(np.argmin(((centroids - x) ** 2).sum(axis=1)))
            labels[i] = j
            counts[j] += 1
            centroids[j] += (x - centroids[j]) / counts[j]
        shift = np.sqrt(((centroids - old) ** 2).sum(axis=1)).max()
        if shift <= tol:
            break
    return centroids, labels, n_iter
