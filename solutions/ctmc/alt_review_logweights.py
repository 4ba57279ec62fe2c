"""CTMC with Poisson weights in log space (lgamma), a reverse-graph search for absorption, and a
replaced-column solve for the stationary law."""

import math
from collections import deque

import numpy as np


def check_generator(Q) -> np.ndarray:
    try:
        a = np.array(Q, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise ValueError("Q must be a numeric matrix") from exc
    if a.ndim != 2 or a.shape[0] == 0 or a.shape[0] != a.shape[1]:
        raise ValueError("Q must be a non-empty square matrix")
    if not np.all(np.isfinite(a)):
        raise ValueError("Q must be finite")
    off = a[~np.eye(a.shape[0], dtype=bool)]
    if np.any(off < 0):
        raise ValueError("off-diagonal rates must be >= 0")
    scale = max(1.0, float(np.max(np.abs(a))))
    if np.any(np.abs(a.sum(axis=1)) > 1e-9 * scale):
        raise ValueError("rows must sum to 0")
    return a


def stationary_distribution(Q) -> np.ndarray:
    a = check_generator(Q)
    n = a.shape[0]
    m = a.copy()
    m[:, -1] = 1.0                       # pi @ m = (0, ..., 0, 1)
    rhs = np.zeros(n)
    rhs[-1] = 1.0
    pi = np.linalg.solve(m.T, rhs)
    pi = np.clip(pi, 0.0, None)
    return pi / pi.sum()


def transition_matrix(Q, t: float, tol: float = 1e-10) -> np.ndarray:
    a = check_generator(Q)
    if not t >= 0:
        raise ValueError("t must be >= 0")
    if not 0 < tol < 1:
        raise ValueError("tol must be in (0, 1)")
    n = a.shape[0]
    q = float(np.max(-np.diag(a)))
    if t == 0 or q == 0:
        return np.eye(n)
    lam = q * t
    p = np.eye(n) + a / q
    term = np.eye(n)                      # P^k
    out = np.zeros((n, n))
    mass = 0.0
    k = 0
    limit = int(lam + 40 * math.sqrt(lam) + 100)
    while True:
        w = math.exp(-lam + k * math.log(lam) - math.lgamma(k + 1))
        out += w * term
        mass += w
        if 1.0 - mass <= tol or k >= limit:
            break
        term = term @ p
        k += 1
    return out


def absorption_times(Q, absorbing) -> np.ndarray:
    a = check_generator(Q)
    n = a.shape[0]
    absorbing = list(absorbing)
    if not absorbing:
        raise ValueError("absorbing must be non-empty")
    for s in absorbing:
        if isinstance(s, bool) or int(s) != s or not 0 <= s < n:
            raise ValueError(f"bad absorbing state {s!r}")
        if np.any(a[int(s)] != 0):
            raise ValueError(f"state {s} is not absorbing")
    absorbing = sorted({int(s) for s in absorbing})
    seen = set(absorbing)
    queue = deque(absorbing)
    while queue:
        j = queue.popleft()
        for i in range(n):
            if i not in seen and a[i, j] > 0:
                seen.add(i)
                queue.append(i)
    if len(seen) < n:
        raise ValueError("some state never reaches an absorbing state")
    trans = [i for i in range(n) if i not in set(absorbing)]
    m = np.zeros(n)
    if trans:
        sub = -a[np.ix_(trans, trans)]
        m[trans] = np.linalg.solve(sub, np.ones(len(trans)))
    return m
