"""Wrong: the nearest-centroid loop keeps a centroid when its distance is <= the best so far, so a
point exactly halfway between two centroids goes to the HIGHER index (the rule is the lower)."""

import numpy as np


def kmeans(X: np.ndarray, init: np.ndarray, max_iter: int = 100,
           tol: float = 0.0) -> tuple[np.ndarray, np.ndarray, int]:
    centroids = np.array(init, dtype=np.float64)
    k = len(centroids)
    for n_iter in range(1, max_iter + 1):
        labels = np.zeros(len(X), dtype=np.int64)
        for i, x in enumerate(X):
            best = np.inf
            for j in range(k):
                d = float(((x - centroids[j]) ** 2).sum())
                if d <= best:
                    best, labels[i] = d, j
        new = centroids.copy()
        for j in range(k):
            if (labels == j).any():
                new[j] = X[labels == j].mean(axis=0)
        shift = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        if shift <= tol:
            break
    return centroids, labels, n_iter
