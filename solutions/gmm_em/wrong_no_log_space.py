"""Wrong: computes the densities w_k N(x_i | mu_k, var_k) directly and normalises them by their sum.
For a point far from every component each density underflows to 0, so the responsibilities are
0 / 0 = nan and the log-likelihood is log(0) = -inf. Right whenever nothing underflows."""

import numpy as np


def gmm_em(x, weights, means, variances, n_iter: int = 100, tol: float = 1e-8, var_floor: float = 1e-6) -> dict:
    x = np.asarray(x, dtype=np.float64)
    w = np.array(weights, dtype=np.float64)
    mu = np.array(means, dtype=np.float64)
    var = np.array(variances, dtype=np.float64)
    if x.size == 0 or not w.size == mu.size == var.size or np.any(w <= 0) or abs(w.sum() - 1) > 1e-8:
        raise ValueError("bad input")
    if np.any(var <= 0) or var_floor <= 0:
        raise ValueError("bad input")

    def densities():
        return w * np.exp(-((x[:, None] - mu) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)

    dens = densities()
    history = [float(np.log(dens.sum(axis=1)).sum())]
    for _ in range(n_iter):
        resp = dens / dens.sum(axis=1, keepdims=True)
        totals = resp.sum(axis=0)
        w = totals / x.size
        mu = resp.T @ x / totals
        var = np.maximum((resp * (x[:, None] - mu) ** 2).sum(axis=0) / totals, var_floor)
        dens = densities()
        history.append(float(np.log(dens.sum(axis=1)).sum()))
        if history[-1] - history[-2] < tol:
            break
    return {"weights": w, "means": mu, "variances": var, "log_likelihood": np.array(history)}
