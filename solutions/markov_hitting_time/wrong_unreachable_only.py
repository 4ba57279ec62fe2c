"""Wrong on leaky chains: marks inf only the states from which no target can be reached at all.
A state that reaches a target with probability below 1 (it may be absorbed elsewhere first)
also has an infinite expected hitting time, but here it gets a finite number from the solve."""

from collections import deque

import numpy as np


def hitting_times(P: np.ndarray, targets: list[int]) -> np.ndarray:
    P = np.asarray(P, dtype=np.float64)
    d = P.shape[0]
    reaches = set(targets)
    queue = deque(targets)
    while queue:
        j = queue.popleft()
        for i in np.nonzero(P[:, j] > 0)[0]:
            if int(i) not in reaches:
                reaches.add(int(i))
                queue.append(int(i))
    h = np.full(d, np.inf)
    h[list(targets)] = 0.0
    rest = [i for i in range(d) if i in reaches and i not in set(targets)]
    if rest:
        Q = P[np.ix_(rest, rest)]
        h[rest] = np.linalg.solve(np.eye(len(rest)) - Q, np.ones(len(rest)))
    return h
