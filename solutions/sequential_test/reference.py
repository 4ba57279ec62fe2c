"""Reference: mixture SPRT from the running sum in log space; running minimum of 1 / L_n;
O(n) vectorised."""

import numpy as np


def msprt(x, theta0: float = 0.0, sigma: float = 1.0, tau: float = 1.0,
          alpha: float = 0.05) -> tuple[np.ndarray, int | None]:
    if not sigma > 0:
        raise ValueError(f"sigma must be positive, got {sigma}")
    if not tau > 0:
        raise ValueError(f"tau must be positive, got {tau}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie strictly between 0 and 1, got {alpha}")
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        return np.empty(0, dtype=np.float64), None
    n = np.arange(1, x.size + 1, dtype=np.float64)
    s = np.cumsum(x - theta0)
    var, prior = sigma * sigma, tau * tau
    log_l = 0.5 * np.log(var / (var + n * prior)) + prior * s * s / (2 * var * (var + n * prior))
    # 1 / L_n = exp(-log L_n): underflows to 0 instead of overflowing to inf.
    p_values = np.minimum.accumulate(np.minimum(1.0, np.exp(-log_l)))
    hits = np.flatnonzero(p_values <= alpha)
    return p_values, (int(hits[0]) + 1 if hits.size else None)
