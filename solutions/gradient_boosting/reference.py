"""Reference solution for gradient_boosting: squared-loss boosting from the mean, each round a
least-squares stump on the residuals found by one sort and prefix sums per feature."""

import numpy as np


def _fit_stump(X: np.ndarray, r: np.ndarray) -> tuple[int, float, float, float]:
    n, d = X.shape
    sst = float(((r - r.mean()) ** 2).sum())
    tie = 1e-9 * sst + 1e-12
    best = None
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs, rs = X[order, j], r[order]
        csum = np.cumsum(rs)[:-1]
        csq = np.cumsum(rs * rs)[:-1]
        n_left = np.arange(1, n, dtype=np.float64)
        n_right = n - n_left
        sse = (csq - csum ** 2 / n_left) + ((rs * rs).sum() - csq - (rs.sum() - csum) ** 2 / n_right)
        sse[xs[1:] == xs[:-1]] = np.inf
        if not np.isfinite(sse).any():
            continue
        low = sse.min()
        i = int(np.flatnonzero(sse <= low + tie)[0])
        if best is None or low < best[0] - tie:
            best = (low, j, float((xs[i] + xs[i + 1]) / 2))
    _, j, t = best
    left = X[:, j] <= t
    return j, t, float(r[left].mean()), float(r[~left].mean())


def _stump_predict(stump, X: np.ndarray) -> np.ndarray:
    j, t, left_value, right_value = stump
    return np.where(X[:, j] <= t, left_value, right_value)


def fit_boosting(X: np.ndarray, y: np.ndarray, n_estimators: int = 100, learning_rate: float = 0.1) -> dict:
    f0 = float(y.mean())
    prediction = np.full(len(y), f0)
    stumps = []
    for _ in range(n_estimators):
        stump = _fit_stump(X, y - prediction)
        prediction = prediction + learning_rate * _stump_predict(stump, X)
        stumps.append(stump)
    return {"f0": f0, "learning_rate": float(learning_rate), "stumps": stumps}


def predict_boosting(model: dict, X: np.ndarray) -> np.ndarray:
    out = np.full(len(X), float(model["f0"]))
    for stump in model["stumps"]:
        out += model["learning_rate"] * _stump_predict(stump, X)
    return out
