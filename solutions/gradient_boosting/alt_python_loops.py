"""Alternative: plain Python lists; each stump by a sort per feature and running sums of r and r^2."""

import numpy as np


def _best_stump(rows, r):
    n = len(r)
    mean = sum(r) / n
    tie = 1e-9 * sum((v - mean) ** 2 for v in r) + 1e-12
    total, total_sq = sum(r), sum(v * v for v in r)
    best_score, best = None, None
    for j in range(len(rows[0])):
        order = sorted(range(n), key=lambda i: rows[i][j])
        s = sq = 0.0
        for pos in range(n - 1):
            i = order[pos]
            s += r[i]
            sq += r[i] * r[i]
            a, b = rows[i][j], rows[order[pos + 1]][j]
            if a == b:
                continue
            nl, nr = pos + 1, n - pos - 1
            score = (sq - s * s / nl) + (total_sq - sq - (total - s) ** 2 / nr)
            if best_score is None or score < best_score - tie:
                best_score, best = score, (j, (a + b) / 2)
    j, t = best
    left = [v for row, v in zip(rows, r, strict=True) if row[j] <= t]
    right = [v for row, v in zip(rows, r, strict=True) if row[j] > t]
    return (j, t, sum(left) / len(left), sum(right) / len(right))


def _apply(stump, row):
    j, t, left, right = stump
    return left if row[j] <= t else right


def fit_boosting(X, y, n_estimators=100, learning_rate=0.1):
    rows, targets = X.tolist(), y.tolist()
    f0 = sum(targets) / len(targets)
    F = [f0] * len(targets)
    stumps = []
    for _ in range(n_estimators):
        stump = _best_stump(rows, [t - f for t, f in zip(targets, F, strict=True)])
        F = [f + learning_rate * _apply(stump, row) for f, row in zip(F, rows, strict=True)]
        stumps.append(stump)
    return {"f0": f0, "learning_rate": float(learning_rate), "stumps": stumps}


def predict_boosting(model, X):
    out = []
    for row in X.tolist():
        boost = sum(_apply(stump, row) for stump in model["stumps"])
        out.append(model["f0"] + model["learning_rate"] * boost)
    return np.array(out, dtype=np.float64)
