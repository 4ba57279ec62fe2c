"""Wrong: absorption times by the linear solve alone, with no check that every state reaches an
absorbing one. A trapped class makes -Q[T, T] singular, but in floating point elimination rarely
meets an exact zero pivot, so numpy returns times of order 1e17 instead of raising (and where it
does raise, its LinAlgError is a subclass of ValueError)."""

import math

import numpy as np


def check_generator(Q) -> np.ndarray:
    Q = np.array(Q, dtype=np.float64)  # a copy: the caller's matrix is never returned or changed
    if Q.ndim != 2 or Q.shape[0] != Q.shape[1] or Q.shape[0] == 0:
        raise ValueError(f"a generator is a non-empty square matrix, got shape {Q.shape}")
    if not np.all(np.isfinite(Q)):
        raise ValueError("the generator has a non-finite entry")
    off = Q - np.diag(np.diag(Q))
    if np.any(off < 0):
        raise ValueError("off-diagonal rates must be non-negative")
    scale = max(1.0, float(np.abs(Q).max()))
    if np.any(np.abs(Q.sum(axis=1)) > 1e-9 * scale):
        raise ValueError("every row of a generator sums to 0")
    return Q


def stationary_distribution(Q) -> np.ndarray:
    Q = check_generator(Q)
    n = Q.shape[0]
    # pi Q = 0 is Q^T pi^T = 0 (rank n - 1 when irreducible); the last equation becomes sum(pi) = 1.
    system = Q.T.copy()
    system[-1, :] = 1.0
    rhs = np.zeros(n)
    rhs[-1] = 1.0
    pi = np.linalg.solve(system, rhs)
    pi = np.clip(pi, 0.0, None)
    return pi / pi.sum()


def transition_matrix(Q, t: float, tol: float = 1e-10) -> np.ndarray:
    Q = check_generator(Q)
    if not t >= 0:
        raise ValueError(f"t must be non-negative, got {t}")
    if not 0 < tol < 1:
        raise ValueError(f"tol must lie in (0, 1), got {tol}")
    n = Q.shape[0]
    q = float(-np.diag(Q).min())
    if q == 0.0 or t == 0:
        return np.eye(n)
    step = np.eye(n) + Q / q  # the uniformised chain: a stochastic matrix
    lam = q * t
    weight = math.exp(-lam)  # Poisson(lam) probability of k jumps, k = 0, 1, ...
    power = np.eye(n)
    result = weight * power
    k = 0
    while True:
        # For k + 2 > lam the weights after k + 1 fall at least geometrically with ratio lam / (k + 2):
        # P(N > k) <= w_{k+1} / (1 - lam / (k + 2)). Stop once that bound is within tol.
        next_weight = weight * lam / (k + 1)
        if k + 2 > lam and next_weight / (1 - lam / (k + 2)) <= tol:
            return result
        k += 1
        weight = next_weight
        power = power @ step
        result += weight * power


def absorption_times(Q, absorbing) -> np.ndarray:
    Q = check_generator(Q)
    n = Q.shape[0]
    absorbing = sorted(set(int(a) for a in absorbing))
    if not absorbing or absorbing[0] < 0 or absorbing[-1] >= n:
        raise ValueError(f"absorbing must name states among 0..{n - 1}, got {absorbing}")
    if np.any(Q[absorbing] != 0):
        raise ValueError("an absorbing state's row of Q must be all zero")
    transient = np.flatnonzero(~np.isin(np.arange(n), absorbing))
    times = np.zeros(n)
    if transient.size:
        times[transient] = np.linalg.solve(-Q[np.ix_(transient, transient)], np.ones(transient.size))
    return times
