"""Wrong: penalises the bias too, minimising (lam/2)(||w||^2 + b^2). The bias is pulled toward 0,
so at the returned point the true objective still has a gradient of lam * b in the bias direction."""

import numpy as np


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    z = X @ w + b
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def objective(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lam: float) -> float:
    z = X @ w + b
    return float(np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * lam * (w @ w))


def fit(X: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    for _ in range(100):
        p = predict_proba(A, theta, 0.0)
        grad = A.T @ (p - y) / n + lam * theta
        if np.linalg.norm(grad) <= 1e-12:
            break
        hessian = (A.T * (p * (1.0 - p))) @ A / n + lam * np.eye(d + 1)
        theta = theta - np.linalg.solve(hessian, grad)
    return theta[:-1], float(theta[-1])
