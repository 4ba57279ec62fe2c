"""Hitting times: graph searches find the states certain to arrive, then one linear solve on them."""

import numpy as np


def hitting_times(P: np.ndarray, targets: list[int]) -> np.ndarray:
    d = P.shape[0]
    target = [False] * d
    for t in targets:
        target[t] = True
    succ = [[j for j in range(d) if P[i, j] > 0] for i in range(d)]
    pred: list[list[int]] = [[] for _ in range(d)]
    for i in range(d):
        if not target[i]:
            for j in succ[i]:
                pred[j].append(i)

    # Backward search: states that can reach a target at all.
    can_reach = target[:]
    stack = list(targets)
    while stack:
        j = stack.pop()
        for i in pred[j]:
            if not can_reach[i]:
                can_reach[i] = True
                stack.append(i)

    # A state is doomed (infinite time) if it can wander, avoiding targets, into a state that cannot
    # reach one. Search backwards from the states that cannot reach, through non-target states.
    doomed = [not c for c in can_reach]
    stack = [i for i in range(d) if doomed[i]]
    while stack:
        j = stack.pop()
        for i in pred[j]:
            if not doomed[i]:
                doomed[i] = True
                stack.append(i)

    h = np.zeros(d, dtype=np.float64)
    free = [i for i in range(d) if not target[i] and not doomed[i]]
    for i in range(d):
        if doomed[i]:
            h[i] = np.inf
    if free:
        # h_i = 1 + sum_{j free} P_ij h_j; doomed successors are impossible here, targets contribute 0.
        sub = P[np.ix_(free, free)]
        A = np.eye(len(free)) - sub
        h[free] = np.linalg.solve(A, np.ones(len(free)))
    return h
