"""Reference: one squared-distance matrix, a stable argsort per row, and a vectorised vote whose
ties go to the label that appears first in neighbour order."""

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int) -> np.ndarray:
    k = min(k, len(X_train))
    # ||q - x||^2 = ||q||^2 - 2 q.x + ||x||^2: one matrix product instead of an (M, N, D) array.
    d = (X_query ** 2).sum(axis=1)[:, None] - 2.0 * X_query @ X_train.T + (X_train ** 2).sum(axis=1)[None, :]
    # A stable sort keeps equal distances in training-index order.
    nearest = np.argsort(d, axis=1, kind="stable")[:, :k]
    labels = y_train[nearest]
    # votes[i, j]: how many of query i's neighbours share the label of its j-th neighbour.
    votes = (labels[:, :, None] == labels[:, None, :]).sum(axis=2)
    # argmax returns the first maximum: among tied labels, the one met first (nearest).
    first = np.argmax(votes == votes.max(axis=1, keepdims=True), axis=1)
    return labels[np.arange(len(labels)), first].astype(np.int64)
