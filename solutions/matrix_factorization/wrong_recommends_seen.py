"""Wrong: recommend ranks every item by score, including the ones the user already rated, so the
user's favourite (already seen) items come back first."""

import numpy as np


def _half_step(R, observed, fixed, lam):
    f = fixed.shape[1]
    out = np.zeros((R.shape[0], f))
    for r in range(R.shape[0]):
        cols = np.flatnonzero(observed[r])
        if cols.size:
            A = fixed[cols]
            out[r] = np.linalg.solve(A.T @ A + lam * cols.size * np.eye(f), A.T @ R[r, cols])
    return out


def als(R, observed, U0, V0, lam, n_iters=10):
    U, V = np.array(U0, dtype=np.float64), np.array(V0, dtype=np.float64)
    for _ in range(n_iters):
        U = _half_step(R, observed, V, lam)
        V = _half_step(R.T, observed.T, U, lam)
    return U, V


def recommend(U, V, observed, user, k):
    if not observed[user].any():
        return np.argsort(-observed.sum(axis=0), kind="stable")[:k].tolist()
    return np.argsort(-(V @ U[user]), kind="stable")[:k].tolist()
