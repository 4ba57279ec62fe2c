"""Too slow: for every candidate threshold it masks the node's samples and recounts both sides'
labels, O(n) per threshold and O(d n^2) per node (right answers, and vectorised per threshold)."""

import numpy as np


def _leaf(y):
    labels, counts = np.unique(y, return_counts=True)
    return {"label": int(labels[np.argmax(counts)])}


def _gini(codes, k):
    p = np.bincount(codes, minlength=k) / len(codes)
    return 1.0 - float((p * p).sum())


def _grow(X, y, codes, k, depth, max_depth, min_samples_split):
    if (max_depth is not None and depth >= max_depth) or len(y) < min_samples_split or np.all(y == y[0]):
        return _leaf(y)
    best = None
    n = len(y)
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for t in (values[:-1] + values[1:]) / 2:
            left = X[:, j] <= t
            n_left = int(left.sum())
            score = (n_left * _gini(codes[left], k) + (n - n_left) * _gini(codes[~left], k)) / n
            if best is None or score < best[0] - 1e-12:
                best = (score, j, float(t))
    if best is None:
        return _leaf(y)
    _, j, t = best
    left = X[:, j] <= t
    return {"feature": j, "threshold": t,
            "left": _grow(X[left], y[left], codes[left], k, depth + 1, max_depth, min_samples_split),
            "right": _grow(X[~left], y[~left], codes[~left], k, depth + 1, max_depth, min_samples_split)}


def fit_tree(X, y, max_depth=None, min_samples_split=2):
    classes, codes = np.unique(y, return_inverse=True)
    return _grow(X, y, codes.reshape(-1), len(classes), 0, max_depth, min_samples_split)


def predict_tree(tree, X):
    out = np.empty(len(X), dtype=np.int64)
    for i, x in enumerate(X):
        node = tree
        while "label" not in node:
            node = node["left"] if x[node["feature"]] <= node["threshold"] else node["right"]
        out[i] = node["label"]
    return out
