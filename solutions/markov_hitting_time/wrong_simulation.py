"""Wrong: estimates each expected time by simulating 200 walks per state. The estimate is only
good to a few percent (and walks are cut off after 500 steps): nowhere near the tolerance."""

import numpy as np


def hitting_times(P: np.ndarray, targets: list[int]) -> np.ndarray:
    P = np.asarray(P, dtype=np.float64)
    d = P.shape[0]
    rng = np.random.default_rng(0)
    cumulative = np.cumsum(P, axis=1)
    target_set = set(targets)
    h = np.zeros(d)
    for start in range(d):
        if start in target_set:
            continue
        total = 0
        for _ in range(200):
            state, steps = start, 0
            while state not in target_set and steps < 500:
                state = min(int(np.searchsorted(cumulative[state], rng.random(), side="right")), d - 1)
                steps += 1
            if state not in target_set:
                total = np.inf
                break
            total += steps
        h[start] = total / 200
    return h
