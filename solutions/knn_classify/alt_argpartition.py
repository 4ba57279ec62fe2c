"""k-NN with an O(N) argpartition per query and explicit handling of ties at the k-th distance."""

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_query: np.ndarray, k: int) -> np.ndarray:
    m, n = X_query.shape[0], X_train.shape[0]
    out = np.empty(m, dtype=np.int64)
    if m == 0:
        return out
    kk = min(k, n)
    diff = X_query[:, None, :] - X_train[None, :, :]
    d2 = np.einsum("mnd,mnd->mn", diff, diff)
    kth = np.partition(d2, kk - 1, axis=1)[:, kk - 1]
    for i in range(m):
        row = d2[i]
        # everything strictly closer than the k-th distance is in; ties at it go by lower index
        inside = np.flatnonzero(row < kth[i])
        on_edge = np.flatnonzero(row == kth[i])[: kk - inside.size]
        idx = np.concatenate([inside, on_edge])
        idx = idx[np.lexsort((idx, row[idx]))]  # neighbour order: distance, then index
        labels = y_train[idx]
        uniq, first, counts = np.unique(labels, return_index=True, return_counts=True)
        best = counts == counts.max()
        out[i] = uniq[best][np.argmin(first[best])]
    return out
