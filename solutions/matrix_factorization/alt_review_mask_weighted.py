"""ALS with the observation mask used as 0/1 weights (no fancy indexing), and top-k by lexsort."""

import numpy as np


def _half_step(R, W, F, lam):
    # rows of R (weights W) regressed on the fixed factors F
    out = np.zeros((R.shape[0], F.shape[1]))
    eye = np.eye(F.shape[1])
    Rz = np.where(W > 0, R, 0.0)
    for r in range(R.shape[0]):
        w = W[r]
        n = w.sum()
        if n == 0:
            continue
        A = F.T @ (w[:, None] * F) + lam * n * eye
        b = F.T @ (w * Rz[r])
        out[r] = np.linalg.solve(A, b)
    return out


def als(R, observed, U0, V0, lam, n_iters=10):
    W = np.asarray(observed, dtype=float)
    R = np.asarray(R, dtype=float)
    U = np.array(U0, dtype=float, copy=True)
    V = np.array(V0, dtype=float, copy=True)
    for _ in range(n_iters):
        U = _half_step(R, W, V, lam)
        V = _half_step(R.T, W.T, U, lam)
    return U, V


def recommend(U, V, observed, user, k):
    observed = np.asarray(observed, dtype=bool)
    n_items = observed.shape[1]
    idx = np.arange(n_items)
    if not observed[user].any():
        pop = observed.sum(axis=0)
        order = np.lexsort((idx, -pop))
        return [int(i) for i in order[:max(k, 0)]]
    scores = np.asarray(V, dtype=float) @ np.asarray(U, dtype=float)[user]
    cand = idx[~observed[user]]
    order = cand[np.lexsort((cand, -scores[cand]))]
    return [int(i) for i in order[:max(k, 0)]]
