"""Wrong ridge: appends a column of ones and penalises its coefficient like the others, so the
intercept shrinks towards 0 (badly when y has a large offset)."""

import numpy as np


def ridge(X, y, alpha):
    A = np.column_stack([X, np.ones(len(X))])
    coef = np.linalg.solve(A.T @ A + alpha * np.eye(A.shape[1]), A.T @ y)
    return coef[:-1], float(coef[-1])


def lasso(X, y, alpha, max_iter=1000, tol=1e-10):
    n, d = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    residual = y - y_mean
    norms = (Xc * Xc).sum(axis=0)
    w = np.zeros(d)
    for _ in range(max_iter):
        largest = 0.0
        for j in range(d):
            if norms[j] == 0.0:
                continue
            rho = Xc[:, j] @ residual + norms[j] * w[j]
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / norms[j]
            residual -= (new - w[j]) * Xc[:, j]
            largest = max(largest, abs(new - w[j]))
            w[j] = new
        if largest <= tol:
            break
    return w, float(y_mean - x_mean @ w)
