"""Wrong on slowly mixing chains: power iteration from the uniform distribution, stopping when a
step changes pi by less than 1e-10 or after 10,000 steps. Fine on well-mixed chains; on a nearly
reducible one it stops far from the limit, and on a periodic one it oscillates forever."""

import numpy as np


def stationary_distribution(P: np.ndarray) -> np.ndarray:
    P = np.asarray(P, dtype=np.float64)
    pi = np.full(P.shape[0], 1.0 / P.shape[0])
    for _ in range(10_000):
        new = pi @ P
        if np.abs(new - pi).max() < 1e-10:
            return new
        pi = new
    return pi


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
