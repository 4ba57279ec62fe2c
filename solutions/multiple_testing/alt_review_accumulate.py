"""Adjusted p-values with itertools.accumulate over the sorted order, scattered back by index."""

import math
from itertools import accumulate

import numpy as np


def adjust_p_values(p_values, method: str, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    if method not in ("bonferroni", "holm", "bh"):
        raise ValueError(f"unknown method {method!r}")
    if not 0 < alpha < 1:
        raise ValueError("alpha must be in (0, 1)")
    p = [float(v) for v in (p_values.tolist() if hasattr(p_values, "tolist") else p_values)]
    if any(math.isnan(v) or not 0 <= v <= 1 for v in p):
        raise ValueError("p-values must lie in [0, 1]")
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    s = [p[i] for i in order]
    if method == "bonferroni":
        adj_sorted = [min(1.0, m * v) for v in s]
    elif method == "holm":
        adj_sorted = [min(1.0, v) for v in accumulate(((m - j) * v for j, v in enumerate(s)), max)]
    else:
        scaled = [m * v / (j + 1) for j, v in enumerate(s)]
        adj_sorted = [min(1.0, v) for v in accumulate(reversed(scaled), min)][::-1]
    adjusted = np.empty(m, dtype=np.float64)
    for rank, i in enumerate(order):
        adjusted[i] = adj_sorted[rank]
    return adjusted, adjusted <= alpha
