"""Reference: Newton's method with step halving on the mean log-loss plus (lam/2)||w||^2. The bias
is the last coordinate of theta and carries no penalty. The loss uses logaddexp and the sigmoid
exponentiates only non-positive numbers, so nothing overflows however large the margins grow."""

import numpy as np


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    z = X @ w + b
    e = np.exp(-np.abs(z))  # in (0, 1]: never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def objective(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lam: float) -> float:
    z = X @ w + b
    # -[y log s(z) + (1 - y) log(1 - s(z))] = log(1 + e^z) - y z
    return float(np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * lam * (w @ w))


def fit(X: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    penalty = np.full(d + 1, float(lam))
    penalty[-1] = 0.0  # the bias is not regularised
    theta = np.zeros(d + 1)
    current = objective(X, y, theta[:-1], 0.0, lam)
    for _ in range(100):
        p = predict_proba(A, theta, 0.0)
        grad = A.T @ (p - y) / n + penalty * theta
        if np.linalg.norm(grad) <= 1e-10:
            break
        hessian = (A.T * (p * (1.0 - p))) @ A / n + np.diag(penalty)
        step = np.linalg.solve(hessian, grad)
        t = 1.0
        while True:  # halve the step until the objective goes down
            candidate = theta - t * step
            value = objective(X, y, candidate[:-1], candidate[-1], lam)
            if value < current or t < 1e-10:
                break
            t *= 0.5
        if not value < current:
            break  # float64 cannot improve on this point any more
        theta, current = candidate, value
    return theta[:-1], float(theta[-1])
