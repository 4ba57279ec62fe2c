"""Wrong: the objective as -mean(y log p + (1 - y) log(1 - p)) with p = sigmoid(z). Once a margin
passes about 37, p rounds to exactly 1.0, log(1 - p) is -inf, and 0 * -inf is nan; for a
misclassified point with a huge margin the loss comes out inf instead of a finite |z|."""

import numpy as np


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    z = X @ w + b
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def objective(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lam: float) -> float:
    p = predict_proba(X, w, b)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)) + 0.5 * lam * (w @ w))


def fit(X: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    penalty = np.full(d + 1, float(lam))
    penalty[-1] = 0.0
    theta = np.zeros(d + 1)
    for _ in range(100):
        p = predict_proba(A, theta, 0.0)
        grad = A.T @ (p - y) / n + penalty * theta
        if np.linalg.norm(grad) <= 1e-12:
            break
        hessian = (A.T * (p * (1.0 - p))) @ A / n + np.diag(penalty)
        theta = theta - np.linalg.solve(hessian, grad)
    return theta[:-1], float(theta[-1])
