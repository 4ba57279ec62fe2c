"""Wrong: Holm without the step-down's stop: each sorted p-value is compared with alpha / (m - i + 1)
on its own (adjusted (m - i + 1) p_(i), no running maximum), so a p-value after a kept one can
still be rejected."""

import numpy as np

METHODS = ("bonferroni", "holm", "bh")


def adjust_p_values(p_values, method: str, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie strictly between 0 and 1, got {alpha}")
    p = np.array(p_values, dtype=np.float64).ravel()
    if np.any(np.isnan(p)) or np.any((p < 0) | (p > 1)):
        raise ValueError("p-values must lie in [0, 1]")
    m = p.size
    if method == "bonferroni":
        adjusted = np.minimum(1.0, m * p)
    else:
        order = np.argsort(p, kind="stable")
        ranked = p[order]
        rank = np.arange(1, m + 1)
        if method == "holm":
            # Step-down: once a hypothesis is kept, every larger p is kept too.
            steps = (m - rank + 1) * ranked
        else:
            # Step-up: a p-value is rejected whenever some larger one meets its own threshold.
            steps = np.minimum.accumulate(((m / rank) * ranked)[::-1])[::-1]
        adjusted = np.empty(m)
        adjusted[order] = np.minimum(1.0, steps)
    return adjusted, adjusted <= alpha
