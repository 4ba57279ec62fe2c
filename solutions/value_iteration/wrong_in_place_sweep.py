"""Wrong: updates V in place state by state (Gauss-Seidel), so later states in a sweep already see
this sweep's new values. It converges to the same fixed point, but the intermediate values and the
number of sweeps differ from the synchronous algorithm the task asks for."""

import numpy as np

TIE = 1e-9


def _q_values(P: np.ndarray, R: np.ndarray, gamma: float, V: np.ndarray) -> np.ndarray:
    """Q[s, a] = R[s, a] + gamma * sum_s' P[s, a, s'] V[s']."""
    return R + gamma * np.einsum("sat,t->sa", P, V)


def value_iteration(P, R, gamma: float, tol: float = 1e-10, max_iter: int = 10_000) -> tuple[np.ndarray, np.ndarray, int]:
    P = np.asarray(P, dtype=np.float64)
    R = np.asarray(R, dtype=np.float64)
    if P.ndim != 3 or P.shape[0] != P.shape[2] or P.shape[0] == 0 or P.shape[1] == 0:
        raise ValueError(f"P must have shape (S, A, S), got {P.shape}")
    if R.shape != P.shape[:2]:
        raise ValueError(f"R must have shape {P.shape[:2]}, got {R.shape}")
    if not (np.all(np.isfinite(P)) and np.all(np.isfinite(R))) or np.any(P < 0) \
            or np.any(np.abs(P.sum(axis=2) - 1.0) > 1e-9):
        raise ValueError("every P[s, a] must be a probability vector and R finite")
    if not 0 <= gamma < 1:
        raise ValueError(f"gamma must lie in [0, 1), got {gamma}")
    if tol < 0 or max_iter < 1:
        raise ValueError("tol must be >= 0 and max_iter >= 1")
    V = np.zeros(P.shape[0])
    sweeps = 0
    while sweeps < max_iter:
        old = V.copy()
        for s in range(V.size):
            V[s] = np.max(R[s] + gamma * P[s] @ V)
        sweeps += 1
        change = float(np.max(np.abs(V - old)))
        if change < tol:
            break
    Q = _q_values(P, R, gamma, V)
    # Lowest action index among those within TIE of the best: stable under rounding noise.
    policy = np.argmax(Q.max(axis=1, keepdims=True) - TIE <= Q, axis=1)
    return V, policy, sweeps
