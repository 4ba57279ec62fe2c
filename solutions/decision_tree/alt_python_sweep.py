"""Alternative: plain Python lists and dicts, a sort per feature and a sweep with running counts."""

from collections import Counter

import numpy as np


def _majority(labels):
    counts = Counter(labels)
    top = max(counts.values())
    return min(c for c, k in counts.items() if k == top)


def _gini_sum_sq(counts, size):
    return size - sum(v * v for v in counts.values()) / size


def _best_split(rows, labels, d):
    n = len(rows)
    total = Counter(labels)
    best_score, best = None, None
    for j in range(d):
        order = sorted(range(n), key=lambda i: rows[i][j])
        left = Counter()
        for pos in range(n - 1):
            i = order[pos]
            left[labels[i]] += 1
            a, b = rows[i][j], rows[order[pos + 1]][j]
            if a == b:
                continue
            right = {c: total[c] - left[c] for c in total}
            score = (_gini_sum_sq(left, pos + 1) + _gini_sum_sq(right, n - pos - 1)) / n
            if best_score is None or score < best_score - 1e-12:
                best_score, best = score, (j, (a + b) / 2)
    return best


def _grow(rows, labels, depth, max_depth, min_samples_split):
    if (max_depth is not None and depth >= max_depth) or len(labels) < min_samples_split \
            or len(set(labels)) == 1:
        return {"label": _majority(labels)}
    split = _best_split(rows, labels, len(rows[0]))
    if split is None:
        return {"label": _majority(labels)}
    j, t = split
    go_left = [row[j] <= t for row in rows]
    left = [k for k, g in enumerate(go_left) if g]
    right = [k for k, g in enumerate(go_left) if not g]
    return {
        "feature": j,
        "threshold": t,
        "left": _grow([rows[k] for k in left], [labels[k] for k in left], depth + 1, max_depth, min_samples_split),
        "right": _grow([rows[k] for k in right], [labels[k] for k in right], depth + 1, max_depth,
                       min_samples_split),
    }


def fit_tree(X, y, max_depth=None, min_samples_split=2):
    return _grow(X.tolist(), y.tolist(), 0, max_depth, min_samples_split)


def predict_tree(tree, X):
    result = []
    for row in X.tolist():
        node = tree
        while "label" not in node:
            node = node["left"] if row[node["feature"]] <= node["threshold"] else node["right"]
        result.append(node["label"])
    return np.array(result, dtype=np.int64)
