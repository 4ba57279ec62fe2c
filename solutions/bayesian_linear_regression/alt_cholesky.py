"""Bayesian linear regression through a Cholesky factor of the posterior precision, rows in a loop."""

import numpy as np


def posterior(X: np.ndarray, y: np.ndarray, alpha: float, beta: float) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    d = X.shape[1]
    precision = alpha * np.eye(d) + beta * (X.T @ X)
    L = np.linalg.cholesky(precision)
    # precision^-1 = L^-T L^-1; solve for L^-1 rather than inverting the full matrix.
    L_inv = np.linalg.solve(L, np.eye(d))
    cov = L_inv.T @ L_inv
    cov = 0.5 * (cov + cov.T)
    rhs = beta * (X.T @ y)
    mean = L_inv.T @ (L_inv @ rhs)
    return mean, cov


def predictive(X_new: np.ndarray, mean: np.ndarray, cov: np.ndarray, beta: float) -> tuple[np.ndarray, np.ndarray]:
    X_new = np.asarray(X_new, dtype=np.float64)
    k = X_new.shape[0]
    mu = np.empty(k, dtype=np.float64)
    var = np.empty(k, dtype=np.float64)
    for i in range(k):
        x = X_new[i]
        mu[i] = float(x @ mean)
        var[i] = 1.0 / beta + float(x @ (cov @ x))
    return mu, var
