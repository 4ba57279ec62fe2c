"""L2 logistic regression via logaddexp for the loss and Newton steps on the bias-augmented system."""

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # s(z) = exp(-log(1 + e^-z)); logaddexp never overflows
    return np.exp(-np.logaddexp(0.0, -z))


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return _sigmoid(X @ w + b)


def objective(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lam: float) -> float:
    z = X @ w + b
    loss = np.logaddexp(0.0, z) - y * z
    return float(loss.mean() + 0.5 * lam * float(w @ w))


def fit(X: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    reg = np.full(d + 1, lam)
    reg[d] = 0.0  # the bias is not penalised
    theta = np.zeros(d + 1)
    yf = y.astype(np.float64)

    def J(t: np.ndarray) -> float:
        return objective(X, y, t[:d], float(t[d]), lam)

    cur = J(theta)
    for _ in range(100):
        p = _sigmoid(A @ theta)
        g = A.T @ (p - yf) / n + reg * theta
        if np.sqrt(g @ g) < 1e-12:
            break
        H = (A * (p * (1.0 - p))[:, None]).T @ A / n + np.diag(reg)
        step = np.linalg.solve(H, g)
        t = 1.0
        while t > 1e-12:
            cand = theta - t * step
            val = J(cand)
            if val <= cur:
                break
            t *= 0.5
        else:
            break
        theta, cur = cand, val
    return theta[:d].copy(), float(theta[d])
