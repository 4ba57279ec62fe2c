"""Wrong: fills the unobserved entries with 0 and solves each row's regression over ALL items (or
users), as if every missing rating were a rating of 0. The factors are pulled towards zero and no
longer minimise the loss over the observed ratings."""

import numpy as np


def _half_step(R, observed, fixed, lam):
    filled = np.where(observed, R, 0.0)
    f = fixed.shape[1]
    out = np.zeros((R.shape[0], f))
    for r in range(R.shape[0]):
        n_r = int(observed[r].sum())
        if n_r == 0:
            continue
        out[r] = np.linalg.solve(fixed.T @ fixed + lam * n_r * np.eye(f), fixed.T @ filled[r])
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
