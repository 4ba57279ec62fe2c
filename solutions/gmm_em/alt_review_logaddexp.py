"""EM for a 1-D Gaussian mixture with np.logaddexp.reduce for the normaliser."""

import math

import numpy as np


def _vec(v, name):
    try:
        a = np.array(v, dtype=np.float64).ravel()
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must be numeric") from exc
    if not np.all(np.isfinite(a)):
        raise ValueError(f"{name} must be finite")
    return a


def _log_joint(x, w, mu, var):
    return (np.log(w)[None, :] - 0.5 * np.log(2 * math.pi * var)[None, :]
            - (x[:, None] - mu[None, :]) ** 2 / (2 * var[None, :]))


def gmm_em(x, weights, means, variances, n_iter: int = 100, tol: float = 1e-8,
           var_floor: float = 1e-6) -> dict:
    x = _vec(x, "x")
    w = _vec(weights, "weights")
    mu = _vec(means, "means")
    var = _vec(variances, "variances")
    k = w.size
    if x.size == 0 or k == 0 or mu.size != k or var.size != k:
        raise ValueError("need n >= 1 points and k >= 1 components of equal lengths")
    if np.any(w <= 0) or abs(w.sum() - 1.0) > 1e-8 or np.any(var <= 0):
        raise ValueError("weights must be positive summing to 1, variances positive")
    if not var_floor > 0:
        raise ValueError("var_floor must be > 0")
    if n_iter < 0:
        raise ValueError("n_iter must be >= 0")
    n = x.size
    a = _log_joint(x, w, mu, var)
    norm = np.logaddexp.reduce(a, axis=1)
    history = [float(norm.sum())]
    for _ in range(n_iter):
        r = np.exp(a - norm[:, None])
        nk = r.sum(axis=0)
        w = nk / n
        mu = (r * x[:, None]).sum(axis=0) / nk
        var = np.maximum((r * (x[:, None] - mu[None, :]) ** 2).sum(axis=0) / nk, var_floor)
        a = _log_joint(x, w, mu, var)
        norm = np.logaddexp.reduce(a, axis=1)
        history.append(float(norm.sum()))
        if history[-1] - history[-2] < tol:
            break
    return {"weights": w.copy(), "means": mu.copy(), "variances": var.copy(),
            "log_likelihood": np.array(history, dtype=np.float64)}
