"""Wrong for huge n: repeated squaring without rescaling. Each product leaves the row sums off 1
by about 1e-16 and squaring compounds it like (1 + 1e-16)^n: at n = 10**18 the entries are in the
millions instead of below 1."""

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
    base = np.array(P, dtype=np.float64)
    result = np.eye(base.shape[0])
    while n > 0:
        if n & 1:
            result = result @ base
        base = base @ base
        n >>= 1
    return result
