"""Reference: the stationary distribution solves pi (P - I) = 0 with sum(pi) = 1, one balance equation
replaced by the normalisation; P^n by repeated squaring, O(d^3 log n)."""

import numpy as np


def stationary_distribution(P: np.ndarray) -> np.ndarray:
    P = np.asarray(P, dtype=np.float64)
    d = P.shape[0]
    A = P.T - np.eye(d)
    A[-1, :] = 1.0
    rhs = np.zeros(d)
    rhs[-1] = 1.0
    pi = np.linalg.solve(A, rhs)
    pi = np.clip(pi, 0.0, None)
    return pi / pi.sum()


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
