"""Alternative: one look at a time in plain Python, updating the running sum and the running minimum."""

import math

import numpy as np


def msprt(x, theta0: float = 0.0, sigma: float = 1.0, tau: float = 1.0,
          alpha: float = 0.05) -> tuple[np.ndarray, int | None]:
    if sigma <= 0 or tau <= 0:
        raise ValueError("sigma and tau must be positive")
    if not 0 < alpha < 1:
        raise ValueError("alpha must be in (0, 1)")
    p_values = np.empty(len(x), dtype=np.float64)
    running_sum = 0.0
    p = 1.0
    stop = None
    for look, value in enumerate(x, start=1):
        running_sum += float(value) - theta0
        spread = sigma**2 + look * tau**2
        log_ratio = 0.5 * math.log(sigma**2 / spread) + tau**2 * running_sum**2 / (2 * sigma**2 * spread)
        if -log_ratio < 0:  # 1 / L_n < 1: may lower the p-value
            p = min(p, math.exp(-log_ratio))
        p_values[look - 1] = p
        if stop is None and p <= alpha:
            stop = look
    return p_values, stop
