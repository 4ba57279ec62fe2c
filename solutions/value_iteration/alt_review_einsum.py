"""Value iteration with np.einsum for the expected next value."""

import numpy as np


def value_iteration(P, R, gamma: float, tol: float = 1e-10,
                    max_iter: int = 10_000) -> tuple[np.ndarray, np.ndarray, int]:
    P = np.array(P, dtype=np.float64)
    R = np.array(R, dtype=np.float64)
    if P.ndim != 3 or P.shape[0] != P.shape[2] or P.shape[0] < 1 or P.shape[1] < 1:
        raise ValueError("P must have shape (S, A, S)")
    if R.shape != P.shape[:2]:
        raise ValueError("R must have shape (S, A)")
    if not (np.all(np.isfinite(P)) and np.all(np.isfinite(R))):
        raise ValueError("P and R must be finite")
    if np.any(P < 0) or np.any(np.abs(P.sum(axis=2) - 1.0) > 1e-9):
        raise ValueError("each P[s, a] must be a probability vector")
    if not 0 <= gamma < 1 or not tol >= 0 or max_iter < 1:
        raise ValueError("need 0 <= gamma < 1, tol >= 0, max_iter >= 1")
    V = np.zeros(P.shape[0])
    sweeps = 0
    while sweeps < max_iter:
        sweeps += 1
        new = (R + gamma * np.einsum("sat,t->sa", P, V)).max(axis=1)
        change = float(np.max(np.abs(new - V)))
        V = new
        if change < tol:
            break
    Q = R + gamma * np.einsum("sat,t->sa", P, V)
    policy = np.argmax(Q - Q.max(axis=1, keepdims=True) >= -1e-9, axis=1)
    return V, policy, int(sweeps)
