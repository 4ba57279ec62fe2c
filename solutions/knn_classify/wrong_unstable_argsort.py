"""Wrong: np.argsort with the default kind, which is not stable: among training points at equal
distance the lower index is not guaranteed to come first, so the k-th neighbour and the tie-break
of the vote can go to the wrong point."""

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int) -> np.ndarray:
    k = min(k, len(X_train))
    d = (X_query ** 2).sum(axis=1)[:, None] - 2.0 * X_query @ X_train.T + (X_train ** 2).sum(axis=1)[None, :]
    nearest = np.argsort(d, axis=1)[:, :k]
    labels = y_train[nearest]
    votes = (labels[:, :, None] == labels[:, None, :]).sum(axis=2)
    first = np.argmax(votes == votes.max(axis=1, keepdims=True), axis=1)
    return labels[np.arange(len(labels)), first].astype(np.int64)
