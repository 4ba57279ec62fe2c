"""Hitting times from boolean reachability fixed points and the row sums of the fundamental matrix."""

import numpy as np


def hitting_times(P: np.ndarray, targets: list[int]) -> np.ndarray:
    d = P.shape[0]
    edge = np.asarray(P) > 0
    is_target = np.zeros(d, dtype=bool)
    is_target[list(targets)] = True
    # Grow "can reach a target" one step at a time until nothing changes (at most d sweeps).
    reach = is_target.copy()
    while True:
        grown = reach | (edge & reach[None, :]).any(axis=1)
        if np.array_equal(grown, reach):
            break
        reach = grown
    # Infinite expected time: can step, avoiding targets, into a state that never reaches one.
    lost = ~reach
    while True:
        grown = lost | (~is_target & (edge & lost[None, :]).any(axis=1))
        if np.array_equal(grown, lost):
            break
        lost = grown
    h = np.zeros(d, dtype=np.float64)
    h[lost] = np.inf
    rest = np.flatnonzero(~is_target & ~lost)
    if rest.size:
        Q = np.asarray(P, dtype=np.float64)[np.ix_(rest, rest)]
        # N[i, j] is the expected number of visits to j starting from i; the time to absorption is
        # the total number of visits, N @ 1.
        N = np.linalg.inv(np.eye(rest.size) - Q)
        h[rest] = N.sum(axis=1)
    return h
