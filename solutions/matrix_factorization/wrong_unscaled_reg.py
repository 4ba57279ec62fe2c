"""Wrong: penalises every row by lam * I, the textbook ridge penalty, instead of lam * n_u * I
(lam times the row's number of ratings) as the objective states. Rows with many ratings end up
regularised far less than asked."""

import numpy as np


def _half_step(R, observed, fixed, lam):
    f = fixed.shape[1]
    out = np.zeros((R.shape[0], f))
    for r in range(R.shape[0]):
        cols = np.flatnonzero(observed[r])
        if cols.size == 0:
            continue
        A = fixed[cols]
        out[r] = np.linalg.solve(A.T @ A + lam * np.eye(f), A.T @ R[r, cols])
    return out


def als(R, observed, U0, V0, lam, n_iters=10):
    U, V = np.array(U0, dtype=np.float64), np.array(V0, dtype=np.float64)
    for _ in range(n_iters):
        U = _half_step(R, observed, V, lam)
        V = _half_step(R.T, observed.T, U, lam)
    return U, V


def recommend(U, V, observed, user, k):
    seen = observed[user]
    if not seen.any():
        return np.argsort(-observed.sum(axis=0), kind="stable")[:k].tolist()
    unseen = np.flatnonzero(~seen)
    return unseen[np.argsort(-(V @ U[user])[unseen], kind="stable")][:k].tolist()
