"""Wrong by one: counts the starting state as a step, so every non-target state is one too high
(it solves h = 1 + Q h and then adds one more for being at the start)."""

from collections import deque

import numpy as np


def _backward_closure(P, start, through):
    seen = set(start)
    queue = deque(start)
    while queue:
        j = queue.popleft()
        for i in np.nonzero(P[:, j] > 0)[0]:
            i = int(i)
            if i not in seen and through(i):
                seen.add(i)
                queue.append(i)
    return seen


def hitting_times(P: np.ndarray, targets: list[int]) -> np.ndarray:
    P = np.asarray(P, dtype=np.float64)
    d = P.shape[0]
    target_set = set(targets)
    stuck = set(range(d)) - _backward_closure(P, target_set, lambda i: True)
    lost = _backward_closure(P, stuck, lambda i: i not in target_set)
    h = np.zeros(d)
    h[sorted(lost)] = np.inf
    rest = [i for i in range(d) if i not in target_set and i not in lost]
    if rest:
        Q = P[np.ix_(rest, rest)]
        h[rest] = 1.0 + np.linalg.solve(np.eye(len(rest)) - Q, np.ones(len(rest)))
    return h
