"""Wrong: swaps the two precisions, using the noise precision beta as the prior's and alpha as the
data's: S = (beta*I + alpha*X^T X)^-1 and m = alpha*S X^T y. Right only when alpha == beta."""

import numpy as np


def posterior(X: np.ndarray, y: np.ndarray, alpha: float, beta: float) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=np.float64)
    d = X.shape[1]
    precision = beta * np.eye(d) + alpha * (X.T @ X)
    cov = np.linalg.solve(precision, np.eye(d))
    return np.linalg.solve(precision, alpha * (X.T @ np.asarray(y, dtype=np.float64))), (cov + cov.T) / 2


def predictive(X_new: np.ndarray, mean: np.ndarray, cov: np.ndarray, beta: float) -> tuple[np.ndarray, np.ndarray]:
    X_new = np.asarray(X_new, dtype=np.float64)
    return X_new @ mean, 1.0 / beta + np.einsum("ij,jk,ik->i", X_new, cov, X_new)
