"""Wrong: leaves out the variance floor. A component that settles on repeated values gets variance
exactly 0, and the next log-density divides by 0 (inf / nan in the output)."""
import numpy as np


def _log_joint(x: np.ndarray, weights: np.ndarray, means: np.ndarray, variances: np.ndarray) -> np.ndarray:
    """(n, k) matrix of log w_k + log N(x_i | mu_k, var_k)."""
    with np.errstate(divide="ignore"):  # a weight of 0 gives log 0 = -inf, which log-sum-exp handles
        log_w = np.log(weights)
    return log_w - 0.5 * np.log(2 * np.pi * variances) - (x[:, None] - means) ** 2 / (2 * variances)


def _log_sum_exp(a: np.ndarray) -> np.ndarray:
    top = a.max(axis=1, keepdims=True)
    return (top + np.log(np.exp(a - top).sum(axis=1, keepdims=True)))[:, 0]


def gmm_em(x, weights, means, variances, n_iter: int = 100, tol: float = 1e-8, var_floor: float = 1e-6) -> dict:
    x = np.asarray(x, dtype=np.float64)
    w = np.array(weights, dtype=np.float64)
    mu = np.array(means, dtype=np.float64)
    var = np.array(variances, dtype=np.float64)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D sequence")
    if not (w.ndim == mu.ndim == var.ndim == 1 and w.size == mu.size == var.size >= 1):
        raise ValueError("weights, means and variances must be 1-D and of one length k >= 1")
    if np.any(w <= 0) or abs(w.sum() - 1.0) > 1e-8:
        raise ValueError("weights must be positive and sum to 1")
    if np.any(var <= 0):
        raise ValueError("variances must be positive")
    if var_floor <= 0:
        raise ValueError("var_floor must be positive")

    log_joint = _log_joint(x, w, mu, var)
    log_norm = _log_sum_exp(log_joint)
    history = [float(log_norm.sum())]
    for _ in range(n_iter):
        resp = np.exp(log_joint - log_norm[:, None])  # E-step, normalised in log space
        totals = resp.sum(axis=0)
        w = totals / x.size
        mu = resp.T @ x / totals
        var = (resp * (x[:, None] - mu) ** 2).sum(axis=0) / totals
        log_joint = _log_joint(x, w, mu, var)
        log_norm = _log_sum_exp(log_joint)
        history.append(float(log_norm.sum()))
        if history[-1] - history[-2] < tol:
            break
    return {"weights": w, "means": mu, "variances": var, "log_likelihood": np.array(history)}
