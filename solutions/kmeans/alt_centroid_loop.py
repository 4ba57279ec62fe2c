"""Lloyd's k-means with a loop over centroids for assignment and bincount sums for the update."""

import numpy as np


def kmeans(X: np.ndarray, init: np.ndarray, max_iter: int = 100,
           tol: float = 0.0) -> tuple[np.ndarray, np.ndarray, int]:
    n = X.shape[0]
    k = init.shape[0]
    C = np.array(init, dtype=np.float64, copy=True)
    labels = np.zeros(n, dtype=np.int64)
    t = 0
    while True:
        t += 1
        best = ((X - C[0]) ** 2).sum(axis=1)
        labels = np.zeros(n, dtype=np.int64)
        for j in range(1, k):
            d = ((X - C[j]) ** 2).sum(axis=1)
            closer = d < best  # strict: a tie keeps the lower index
            best = np.where(closer, d, best)
            labels[closer] = j
        counts = np.bincount(labels, minlength=k)
        C_new = C.copy()
        for j in range(k):
            if counts[j] > 0:
                C_new[j] = X[labels == j].mean(axis=0)
        shift = float(np.sqrt(((C_new - C) ** 2).sum(axis=1)).max())
        C = C_new
        if shift <= tol or t == max_iter:
            return C, labels, t
