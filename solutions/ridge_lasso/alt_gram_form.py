"""Alternative: ridge with an unpenalised intercept row and column in one (d+1) system; lasso by
coordinate descent on the Gram matrix Xc^T Xc and Xc^T yc (no residual vector)."""

import numpy as np


def ridge(X, y, alpha):
    n, d = X.shape
    A = np.column_stack([X, np.ones(n)])
    penalty = alpha * np.eye(d + 1)
    penalty[d, d] = 0.0                      # the intercept is not penalised
    coef = np.linalg.solve(A.T @ A + penalty, A.T @ y)
    return coef[:d], float(coef[d])


def lasso(X, y, alpha, max_iter=1000, tol=1e-10):
    n, d = X.shape
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    gram = Xc.T @ Xc
    corr = Xc.T @ yc
    w = np.zeros(d)
    for _ in range(max_iter):
        biggest = 0.0
        for j in range(d):
            if gram[j, j] == 0.0:
                continue
            rho = corr[j] - gram[j] @ w + gram[j, j] * w[j]
            shrunk = max(abs(rho) - n * alpha, 0.0)
            new = np.copysign(shrunk, rho) / gram[j, j]
            biggest = max(biggest, abs(new - w[j]))
            w[j] = new
        if biggest <= tol:
            break
    return w, float(y.mean() - X.mean(axis=0) @ w)
