"""Alternative: P flattened to an (S*A, S) matrix for one matmul per sweep; the tie rule as an explicit loop."""

import numpy as np


def value_iteration(P, R, gamma, tol=1e-10, max_iter=10_000):
    P = np.array(P, dtype=float)
    R = np.array(R, dtype=float)
    if P.ndim != 3:
        raise ValueError("P must be 3-D")
    S, A, S2 = P.shape
    if S != S2 or S < 1 or A < 1 or R.shape != (S, A):
        raise ValueError("shape mismatch")
    if (P < 0).any() or not np.allclose(P.sum(axis=2), 1.0, rtol=0, atol=1e-9):
        raise ValueError("P rows must be distributions")
    if not np.isfinite(R).all() or not np.isfinite(P).all():
        raise ValueError("non-finite input")
    if not (0 <= gamma < 1) or tol < 0 or max_iter < 1:
        raise ValueError("bad gamma, tol or max_iter")
    flat = P.reshape(S * A, S)
    V = np.zeros(S)
    n = 0
    while n < max_iter:
        Q = R + gamma * (flat @ V).reshape(S, A)
        V_next = Q.max(axis=1)
        n += 1
        done = np.abs(V_next - V).max() < tol
        V = V_next
        if done:
            break
    Q = R + gamma * (flat @ V).reshape(S, A)
    policy = np.zeros(S, dtype=np.int64)
    for s in range(S):
        top = Q[s].max()
        for a in range(A):
            if Q[s, a] >= top - 1e-9:
                policy[s] = a
                break
    return V, policy, n
