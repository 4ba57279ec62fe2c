"""ALS with every row's normal equations built at once (einsum over the observed mask) and solved
as one batch; recommend with Python's sort on (-score, index)."""

import numpy as np


def _solve_all(R, M, fixed, lam):
    f = fixed.shape[1]
    W = M.astype(np.float64)
    counts = W.sum(axis=1)
    gram = np.einsum("ri,if,ig->rfg", W, fixed, fixed)
    rhs = np.einsum("ri,if->rf", np.where(M, R, 0.0), fixed)
    # a row with no entry has gram = 0 and rhs = 0: put 1 on its diagonal so the answer is 0
    diag = np.where(counts > 0, lam * counts, 1.0)
    gram = gram + diag[:, None, None] * np.eye(f)
    return np.linalg.solve(gram, rhs[:, :, None])[:, :, 0]


def als(R, observed, U0, V0, lam, n_iters=10):
    U = U0.copy()
    V = V0.copy()
    for _ in range(n_iters):
        U = _solve_all(R, observed, V, lam)
        V = _solve_all(R.T, observed.T, U, lam)
    return U, V


def recommend(U, V, observed, user, k):
    n_items = V.shape[0]
    if not observed[user].any():
        popularity = observed.sum(axis=0)
        ranked = sorted(range(n_items), key=lambda i: (-int(popularity[i]), i))
    else:
        scores = V @ U[user]
        ranked = sorted((i for i in range(n_items) if not observed[user, i]), key=lambda i: (-scores[i], i))
    return ranked[:k]
