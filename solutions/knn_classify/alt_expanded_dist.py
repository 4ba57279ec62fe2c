"""k-NN with distances from the |q|^2 - 2 q.x + |x|^2 expansion and a first-met vote per query."""

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int) -> np.ndarray:
    m = X_query.shape[0]
    out = np.empty(m, dtype=np.int64)
    if m == 0:
        return out
    kk = min(k, X_train.shape[0])
    d2 = (X_query ** 2).sum(axis=1)[:, None] - 2.0 * X_query @ X_train.T + (X_train ** 2).sum(axis=1)[None, :]
    order = np.argsort(d2, axis=1, kind="stable")[:, :kk]
    neigh = y_train[order]
    for i in range(m):
        counts: dict[int, int] = {}
        for lab in neigh[i].tolist():
            counts[lab] = counts.get(lab, 0) + 1
        top = max(counts.values())
        # dicts keep insertion order, i.e. neighbour order, so the first tied label is met first
        out[i] = next(lab for lab, c in counts.items() if c == top)
    return out
