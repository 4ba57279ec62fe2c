"""Wrong: takes the eigenvector of P for eigenvalue 1 instead of P^T's. For a row-stochastic P
that right eigenvector is the all-ones vector, so the answer is always uniform: right only for
doubly stochastic chains."""

import numpy as np


def stationary_distribution(P: np.ndarray) -> np.ndarray:
    values, vectors = np.linalg.eig(np.asarray(P, dtype=np.float64))
    v = np.real(vectors[:, np.argmin(np.abs(values - 1.0))])
    return v / v.sum()


def n_step(P: np.ndarray, n: int) -> np.ndarray:
    base = np.array(P, dtype=np.float64)
    result = np.eye(base.shape[0])
    while n > 0:
        if n & 1:
            result = _renormalised(result @ base)
        n >>= 1
        if n:
            base = _renormalised(base @ base)
    return result


def _renormalised(M: np.ndarray) -> np.ndarray:
    # Rounding makes row sums drift from 1 by ~1e-16 per product, and squaring compounds the drift
    # like (1 + 1e-16)^n: rescale every product back onto the stochastic matrices.
    return M / M.sum(axis=1, keepdims=True)
