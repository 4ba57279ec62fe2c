"""Reference: each half-step solves one small ridge regression per row over that row's observed
entries, penalised by lam times its number of ratings; recommend ranks the unseen items with a
stable sort of the negated scores, or by popularity for a user with no rating."""

import numpy as np


def _half_step(R: np.ndarray, observed: np.ndarray, fixed: np.ndarray, lam: float) -> np.ndarray:
    """Rows of the factor being solved, one per row of R, with the other factor held fixed."""
    f = fixed.shape[1]
    out = np.zeros((R.shape[0], f))
    for r in range(R.shape[0]):
        cols = np.flatnonzero(observed[r])
        if cols.size == 0:
            continue  # no rating: the penalised minimiser is the zero row
        A = fixed[cols]
        out[r] = np.linalg.solve(A.T @ A + lam * cols.size * np.eye(f), A.T @ R[r, cols])
    return out


def als(R: np.ndarray, observed: np.ndarray, U0: np.ndarray, V0: np.ndarray, lam: float,
        n_iters: int = 10) -> tuple[np.ndarray, np.ndarray]:
    U = np.array(U0, dtype=np.float64)
    V = np.array(V0, dtype=np.float64)
    for _ in range(n_iters):
        U = _half_step(R, observed, V, lam)
        V = _half_step(R.T, observed.T, U, lam)
    return U, V


def recommend(U: np.ndarray, V: np.ndarray, observed: np.ndarray, user: int, k: int) -> list[int]:
    seen = observed[user]
    if not seen.any():
        popularity = observed.sum(axis=0)
        return np.argsort(-popularity, kind="stable")[:k].tolist()
    scores = V @ U[user]
    unseen = np.flatnonzero(~seen)
    order = np.argsort(-scores[unseen], kind="stable")
    return unseen[order][:k].tolist()
