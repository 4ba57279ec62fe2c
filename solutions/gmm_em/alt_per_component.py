"""Alternative: components handled one at a time in a Python loop, log-sum-exp by np.logaddexp."""

import math

import numpy as np


def _log_density(x, w, mu, var):
    return math.log(w) - 0.5 * math.log(2 * math.pi * var) - (x - mu) ** 2 / (2 * var)


def gmm_em(x, weights, means, variances, n_iter: int = 100, tol: float = 1e-8, var_floor: float = 1e-6) -> dict:
    data = np.array(x, dtype=float)
    w = [float(v) for v in weights]
    mu = [float(v) for v in means]
    var = [float(v) for v in variances]
    k = len(w)
    if data.ndim != 1 or len(data) == 0 or k == 0 or len(mu) != k or len(var) != k:
        raise ValueError("bad shapes")
    if min(w) <= 0 or abs(sum(w) - 1) > 1e-8 or min(var) <= 0 or var_floor <= 0:
        raise ValueError("bad parameters")

    def e_step():
        cols = [_log_density(data, w[j], mu[j], var[j]) for j in range(k)]
        total = cols[0]
        for col in cols[1:]:
            total = np.logaddexp(total, col)
        return cols, total

    cols, total = e_step()
    ll = [float(total.sum())]
    for _ in range(n_iter):
        for j in range(k):
            r = np.exp(cols[j] - total)
            nk = r.sum()
            w[j] = nk / len(data)
            mu[j] = (r * data).sum() / nk
            var[j] = max((r * (data - mu[j]) ** 2).sum() / nk, var_floor)
        cols, total = e_step()
        ll.append(float(total.sum()))
        if ll[-1] - ll[-2] < tol:
            break
    return {"weights": np.array(w), "means": np.array(mu), "variances": np.array(var),
            "log_likelihood": np.array(ll)}
