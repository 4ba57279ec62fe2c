"""Wrong lasso update: divides rho_j by the squared column norm first and then soft-thresholds at
alpha, as if every column had ||Xc[:, j]||^2 = n; the threshold must be n * alpha before the division."""

import numpy as np


def ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    A = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    w = np.linalg.solve(A, Xc.T @ yc)
    return w, float(y_mean - x_mean @ w)


def soft_threshold(z: float, t: float) -> float:
    return float(np.sign(z) * max(abs(z) - t, 0.0))


def lasso(X: np.ndarray, y: np.ndarray, alpha: float, max_iter: int = 1000, tol: float = 1e-10
          ) -> tuple[np.ndarray, float]:
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    residual = y - y_mean                      # y_c - X_c w with w = 0
    norms = (Xc * Xc).sum(axis=0)
    w = np.zeros(d)
    for _ in range(max_iter):
        largest = 0.0
        for j in range(d):
            if norms[j] == 0.0:
                continue                       # a constant column: its coefficient stays 0
            rho = Xc[:, j] @ residual + norms[j] * w[j]
            new = soft_threshold(rho / norms[j], alpha)
            change = new - w[j]
            if change != 0.0:
                residual -= change * Xc[:, j]
                w[j] = new
                largest = max(largest, abs(change))
        if largest <= tol:
            break
    return w, float(y_mean - x_mean @ w)
