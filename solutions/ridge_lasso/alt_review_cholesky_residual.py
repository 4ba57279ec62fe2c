"""Ridge through a Cholesky factorisation (two triangular solves); lasso by coordinate descent that
keeps the residual up to date instead of recomputing Xc @ w."""

import numpy as np


def _centre(X, y):
    mx = X.mean(axis=0)
    my = y.mean()
    return X - mx, y - my, mx, my


def ridge(X, y, alpha):
    Xc, yc, mx, my = _centre(X, y)
    A = Xc.T @ Xc + alpha * np.eye(X.shape[1])
    L = np.linalg.cholesky(A)
    z = np.linalg.solve(L, Xc.T @ yc)
    w = np.linalg.solve(L.T, z)
    return w, float(my - mx @ w)


def lasso(X, y, alpha, max_iter=1000, tol=1e-10):
    Xc, yc, mx, my = _centre(X, y)
    n, d = Xc.shape
    norms = (Xc ** 2).sum(axis=0)
    w = np.zeros(d)
    resid = yc.copy()  # yc - Xc @ w
    for _ in range(max_iter):
        biggest = 0.0
        for j in range(d):
            if norms[j] == 0.0:
                continue
            old = w[j]
            rho = Xc[:, j] @ resid + norms[j] * old
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / norms[j]
            if new != old:
                resid -= Xc[:, j] * (new - old)
                w[j] = new
            biggest = max(biggest, abs(new - old))
        if biggest <= tol:
            break
    return w, float(my - mx @ w)
