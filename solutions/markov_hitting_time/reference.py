"""Reference: first find the states that can escape, with positive probability, to a place from
which no target is reachable (their expected time is infinite); then solve (I - Q) h = 1 on the
remaining non-target states, Q being P restricted to them."""

from collections import deque

import numpy as np


def _backward_closure(P: np.ndarray, start: set[int], through) -> set[int]:
    """States with a path into `start`, stepping backwards only through states `through` accepts."""
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
    reaches = _backward_closure(P, target_set, lambda i: True)
    stuck = set(range(d)) - reaches
    # A path into `stuck` that avoids the targets means the targets are missed with positive probability.
    lost = _backward_closure(P, stuck, lambda i: i not in target_set)
    h = np.zeros(d)
    h[sorted(lost)] = np.inf
    rest = [i for i in range(d) if i not in target_set and i not in lost]
    if rest:
        Q = P[np.ix_(rest, rest)]
        h[rest] = np.linalg.solve(np.eye(len(rest)) - Q, np.ones(len(rest)))
    return h
