"""Stationary distribution by GTH state reduction (no subtractions); n-step by left-to-right squaring."""

import numpy as np


def stationary_distribution(P: np.ndarray) -> np.ndarray:
    A = np.array(P, dtype=np.float64, copy=True)
    d = A.shape[0]
    # Censor the chain to states 0..k-1 one state at a time. The exit rate of state k is the sum of
    # its moves to lower states, not 1 - P[k, k], so nearly reducible chains lose no digits.
    for k in range(d - 1, 0, -1):
        exit_rate = A[k, :k].sum()
        A[:k, k] /= exit_rate
        A[:k, :k] += np.outer(A[:k, k], A[k, :k])
    pi = np.zeros(d, dtype=np.float64)
    pi[0] = 1.0
    for k in range(1, d):
        pi[k] = float(pi[:k] @ A[:k, k])
    return pi / pi.sum()


def _renormalise(M: np.ndarray) -> np.ndarray:
    return M / M.sum(axis=1, keepdims=True)


def n_step(P: np.ndarray, n: int) -> np.ndarray:
    P = np.asarray(P, dtype=np.float64)
    result = np.eye(P.shape[0], dtype=np.float64)
    if n == 0:
        return result
    # Read the bits of n from the most significant: square, then multiply by P where the bit is 1.
    for bit in bin(n)[2:]:
        result = _renormalise(result @ result)
        if bit == "1":
            result = _renormalise(result @ P)
    return result
