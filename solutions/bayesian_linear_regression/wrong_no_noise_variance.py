"""Wrong: the predictive variance is only x^T S x, the uncertainty about the weights. It forgets
the observation noise 1/beta, so a new observation looks far more certain than it is."""

import numpy as np


def posterior(X: np.ndarray, y: np.ndarray, alpha: float, beta: float) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=np.float64)
    d = X.shape[1]
    precision = alpha * np.eye(d) + beta * (X.T @ X)
    cov = np.linalg.solve(precision, np.eye(d))
    return np.linalg.solve(precision, beta * (X.T @ np.asarray(y, dtype=np.float64))), (cov + cov.T) / 2


def predictive(X_new: np.ndarray, mean: np.ndarray, cov: np.ndarray, beta: float) -> tuple[np.ndarray, np.ndarray]:
    X_new = np.asarray(X_new, dtype=np.float64)
    return X_new @ mean, np.einsum("ij,jk,ik->i", X_new, cov, X_new)
