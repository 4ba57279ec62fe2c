"""Reference solution for decision_tree: CART with Gini impurity; per node and feature one sort,
then class counts of every left prefix from a cumulative sum (O(d n log n) per node)."""

import numpy as np

TIE = 1e-12


def _leaf(y: np.ndarray) -> dict:
    labels, counts = np.unique(y, return_counts=True)
    return {"label": int(labels[np.argmax(counts)])}  # unique is sorted: ties go to the smallest label


def _best_split(X: np.ndarray, codes: np.ndarray, n_classes: int):
    """(weighted Gini, feature, threshold) of the best split, or None when every feature is constant."""
    n, d = X.shape
    best = None
    onehot = np.zeros((n, n_classes))
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        onehot[:] = 0.0
        onehot[np.arange(n), codes[order]] = 1.0
        left = np.cumsum(onehot, axis=0)[:-1]          # class counts of the first i + 1 samples
        right = left[-1] + onehot[-1] - left if n > 1 else left
        n_left = np.arange(1, n, dtype=np.float64)
        n_right = n - n_left
        weighted = (n_left - (left ** 2).sum(axis=1) / n_left
                    + n_right - (right ** 2).sum(axis=1) / n_right) / n
        weighted[xs[1:] == xs[:-1]] = np.inf           # no threshold between equal values
        if n < 2 or not np.isfinite(weighted).any():
            continue
        low = weighted.min()
        i = int(np.flatnonzero(weighted <= low + TIE)[0])  # the smallest threshold among ties
        if best is None or low < best[0] - TIE:
            best = (low, j, float((xs[i] + xs[i + 1]) / 2))
    return best


def _grow(X, y, codes, n_classes, depth, max_depth, min_samples_split):
    if (max_depth is not None and depth >= max_depth) or len(y) < min_samples_split or np.all(y == y[0]):
        return _leaf(y)
    split = _best_split(X, codes, n_classes)
    if split is None:
        return _leaf(y)
    _, feature, threshold = split
    go_left = X[:, feature] <= threshold
    return {
        "feature": feature,
        "threshold": threshold,
        "left": _grow(X[go_left], y[go_left], codes[go_left], n_classes, depth + 1, max_depth, min_samples_split),
        "right": _grow(X[~go_left], y[~go_left], codes[~go_left], n_classes, depth + 1, max_depth,
                       min_samples_split),
    }


def fit_tree(X: np.ndarray, y: np.ndarray, max_depth: int | None = None, min_samples_split: int = 2) -> dict:
    classes, codes = np.unique(y, return_inverse=True)
    return _grow(X, y, codes.reshape(-1), len(classes), 0, max_depth, min_samples_split)


def predict_tree(tree: dict, X: np.ndarray) -> np.ndarray:
    out = np.empty(len(X), dtype=np.int64)
    for i, x in enumerate(X):
        node = tree
        while "label" not in node:
            node = node["left"] if x[node["feature"]] <= node["threshold"] else node["right"]
        out[i] = node["label"]
    return out
