"""Alternative: pi as the SVD null vector of Q^T, exp(Qt) summed until the accumulated Poisson mass
reaches 1 - tol (weights from lgamma), reachability by repeated boolean matrix products."""

import math

import numpy as np


def check_generator(Q) -> np.ndarray:
    try:
        A = np.array(Q, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError("not a numeric matrix") from exc
    if A.ndim != 2 or A.shape[0] != A.shape[1] or A.size == 0:
        raise ValueError("Q must be a non-empty square matrix")
    if not np.isfinite(A).all():
        raise ValueError("Q has nan or inf")
    n = A.shape[0]
    for i in range(n):
        for j in range(n):
            if i != j and A[i, j] < 0:
                raise ValueError(f"negative rate Q[{i}, {j}]")
    limit = 1e-9 * max(1.0, np.abs(A).max())
    for i in range(n):
        if abs(A[i].sum()) > limit:
            raise ValueError(f"row {i} sums to {A[i].sum()}, not 0")
    return A


def stationary_distribution(Q) -> np.ndarray:
    A = check_generator(Q)
    _, _, vt = np.linalg.svd(A.T)
    pi = np.abs(vt[-1])  # the right singular vector for the zero singular value, up to sign
    return pi / pi.sum()


def transition_matrix(Q, t: float, tol: float = 1e-10) -> np.ndarray:
    A = check_generator(Q)
    if t < 0:
        raise ValueError("t must be >= 0")
    if not 0 < tol < 1:
        raise ValueError("tol must be in (0, 1)")
    n = A.shape[0]
    q = max(-A[i, i] for i in range(n))
    if q == 0 or t == 0:
        return np.eye(n)
    lam = q * t
    P = np.eye(n) + A / q
    out = np.zeros((n, n))
    term = np.eye(n)
    mass = 0.0
    k = 0
    while True:
        w = math.exp(k * math.log(lam) - lam - math.lgamma(k + 1))
        out += w * term
        mass += w
        if 1.0 - mass <= tol:
            return out
        term = term @ P
        k += 1


def absorption_times(Q, absorbing) -> np.ndarray:
    A = check_generator(Q)
    n = A.shape[0]
    absorbing = list(absorbing)
    if len(absorbing) == 0:
        raise ValueError("need at least one absorbing state")
    for a in absorbing:
        if not 0 <= a < n:
            raise ValueError(f"state {a} out of range")
        if np.any(A[a] != 0):
            raise ValueError(f"state {a} is not absorbing")
    # can[i] is True once i can reach an absorbing state in some number of jumps
    edges = (A > 0) & ~np.eye(n, dtype=bool)
    can = np.zeros(n, dtype=bool)
    can[absorbing] = True
    for _ in range(n):
        can = can | (edges.astype(int) @ can.astype(int) > 0)
    if not can.all():
        raise ValueError("some states are never absorbed")
    others = [i for i in range(n) if i not in absorbing]
    m = np.zeros(n)
    if others:
        sub = A[np.ix_(others, others)]
        m[others] = np.linalg.solve(-sub, np.ones(len(others)))
    return m
