"""Wrong tie rule: among thresholds of one feature whose SSE ties with the best, keeps the last
(largest) one, as a scan that updates on <= or runs from the top does; the lowest feature still wins."""

import numpy as np


def _stump(Xs, orders, valids, r):
    n = len(r)
    rc = r - r.mean()
    sst = float(rc @ rc)
    total = rc.sum()
    nl = np.arange(1, n, dtype=float)
    nr = n - nl
    best_per_feature = []
    for j, (order, valid) in enumerate(zip(orders, valids, strict=True)):
        if not valid.any():
            continue
        s = np.cumsum(rc[order])[:-1]
        sse = sst - s ** 2 / nl - (total - s) ** 2 / nr
        sse = np.where(valid, sse, np.inf)
        best_per_feature.append((j, sse))
    low = min(float(sse.min()) for _, sse in best_per_feature)
    tol = 1e-9 * sst + 1e-12
    for j, sse in best_per_feature:
        hits = np.flatnonzero(sse <= low + tol)
        if hits.size:
            i = int(hits[-1])  # sorted ascending: smallest threshold
            xs = Xs[j]
            t = (xs[i] + xs[i + 1]) / 2.0
            return j, float(t)
    raise AssertionError


def fit_boosting(X, y, n_estimators=100, learning_rate=0.1):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    orders = [np.argsort(X[:, j], kind="stable") for j in range(X.shape[1])]
    Xs = [X[o, j] for j, o in enumerate(orders)]
    valids = [xs[1:] > xs[:-1] for xs in Xs]
    f0 = float(y.mean())
    F = np.full(len(y), f0)
    stumps = []
    for _ in range(n_estimators):
        r = y - F
        j, t = _stump(Xs, orders, valids, r)
        left = X[:, j] <= t
        lv, rv = float(r[left].mean()), float(r[~left].mean())
        stumps.append((j, t, lv, rv))
        F = F + learning_rate * np.where(left, lv, rv)
    return {"f0": f0, "learning_rate": float(learning_rate), "stumps": stumps}


def predict_boosting(model, X):
    X = np.asarray(X, dtype=float)
    out = np.full(X.shape[0], float(model["f0"]))
    lr = float(model["learning_rate"])
    for j, t, lv, rv in model["stumps"]:
        out += lr * np.where(X[:, int(j)] <= t, lv, rv)
    return out
