"""Wrong for large n: multiplies by P n times, O(d^3 n). Correct, but n = 10**15 steps never finish;
repeated squaring needs only about 2 log2(n) products."""

import numpy as np


def stationary_distribution(P: np.ndarray) -> np.ndarray:
    P = np.asarray(P, dtype=np.float64)
    d = P.shape[0]
    A = P.T - np.eye(d)
    A[-1, :] = 1.0
    rhs = np.zeros(d)
    rhs[-1] = 1.0
    return np.linalg.solve(A, rhs)


def n_step(P: np.ndarray, n: int) -> np.ndarray:
    P = np.asarray(P, dtype=np.float64)
    result = np.eye(P.shape[0])
    for _ in range(n):
        result = result @ P
    return result
