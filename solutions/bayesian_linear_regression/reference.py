"""Reference: solve with the posterior precision A = alpha*I + beta*X^T X instead of inverting by hand;
the predictive variance adds the noise 1/beta to the parameter uncertainty x^T S x."""

import numpy as np


def posterior(X: np.ndarray, y: np.ndarray, alpha: float, beta: float) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    d = X.shape[1]
    precision = alpha * np.eye(d) + beta * (X.T @ X)
    cov = np.linalg.solve(precision, np.eye(d))
    cov = (cov + cov.T) / 2
    mean = np.linalg.solve(precision, beta * (X.T @ y))
    return mean, cov


def predictive(X_new: np.ndarray, mean: np.ndarray, cov: np.ndarray, beta: float) -> tuple[np.ndarray, np.ndarray]:
    X_new = np.asarray(X_new, dtype=np.float64)
    mu = X_new @ mean
    var = 1.0 / beta + np.einsum("ij,jk,ik->i", X_new, cov, X_new)
    return mu, var
