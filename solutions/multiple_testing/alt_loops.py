"""Alternative: plain Python over the sorted ranks; running max / min written as loops."""

import math

import numpy as np


def adjust_p_values(p_values, method, alpha=0.05):
    if method not in ("bonferroni", "holm", "bh"):
        raise ValueError("unknown method")
    if not (0 < alpha < 1):
        raise ValueError("alpha must be in (0, 1)")
    ps = [float(v) for v in p_values]
    for v in ps:
        if math.isnan(v) or v < 0 or v > 1:
            raise ValueError("p-values must be in [0, 1]")
    m = len(ps)
    idx = sorted(range(m), key=ps.__getitem__)
    adj = [0.0] * m
    if method == "bonferroni":
        for i in range(m):
            adj[i] = min(1.0, m * ps[i])
    elif method == "holm":
        running = 0.0
        for k, i in enumerate(idx):          # k = 0 is the smallest p
            running = max(running, (m - k) * ps[i])
            adj[i] = min(1.0, running)
    else:
        running = 1.0
        for k in range(m - 1, -1, -1):       # from the largest p down
            i = idx[k]
            running = min(running, m * ps[i] / (k + 1))
            adj[i] = running
    adjusted = np.array(adj, dtype=np.float64)
    return adjusted, adjusted <= alpha
