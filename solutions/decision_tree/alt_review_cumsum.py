"""CART with Gini: one-hot cumulative class counts per sorted feature, recursion over index sets."""

import numpy as np


def _majority(y):
    labels, counts = np.unique(y, return_counts=True)
    return int(labels[np.argmax(counts)])  # unique is sorted, argmax takes the first max


def _best_split(X, codes, k):
    n, d = X.shape
    cands = []  # (score, feature, threshold)
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        onehot = np.zeros((n, k))
        onehot[np.arange(n), codes[order]] = 1.0
        left = np.cumsum(onehot, axis=0)[:-1]          # counts after i+1 samples on the left
        total = left[-1] + onehot[-1] if n > 1 else onehot[-1]
        right = total - left
        nl = np.arange(1, n, dtype=float)
        nr = n - nl
        valid = xs[1:] > xs[:-1]
        if not valid.any():
            continue
        gl = 1.0 - ((left / nl[:, None]) ** 2).sum(axis=1)
        gr = 1.0 - ((right / nr[:, None]) ** 2).sum(axis=1)
        score = (nl * gl + nr * gr) / n
        idx = np.nonzero(valid)[0]
        for i in idx:
            cands.append((score[i], j, (xs[i] + xs[i + 1]) / 2.0))
    if not cands:
        return None
    best = min(c[0] for c in cands)
    tied = [c for c in cands if c[0] <= best + 1e-12]
    tied.sort(key=lambda c: (c[1], c[2]))
    return tied[0][1], tied[0][2]


def fit_tree(X, y, max_depth=None, min_samples_split=2):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    _, codes = np.unique(y, return_inverse=True)
    k = int(codes.max()) + 1

    def grow(idx, depth):
        ys = y[idx]
        if (max_depth is not None and depth >= max_depth) or len(idx) < min_samples_split \
                or np.all(ys == ys[0]):
            return {"label": _majority(ys)}
        split = _best_split(X[idx], codes[idx], k)
        if split is None:
            return {"label": _majority(ys)}
        j, t = split
        go_left = X[idx, j] <= t
        return {"feature": int(j), "threshold": float(t),
                "left": grow(idx[go_left], depth + 1), "right": grow(idx[~go_left], depth + 1)}

    return grow(np.arange(len(y)), 0)


def predict_tree(tree, X):
    X = np.asarray(X, dtype=float)
    out = np.empty(len(X), dtype=np.int64)
    for r in range(len(X)):
        node = tree
        while "label" not in node:
            node = node["left"] if X[r, node["feature"]] <= node["threshold"] else node["right"]
        out[r] = node["label"]
    return out
