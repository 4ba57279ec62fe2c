"""mSPRT via cumulative sums and numpy's running minimum in log space."""

import numpy as np


def msprt(x, theta0: float = 0.0, sigma: float = 1.0, tau: float = 1.0,
          alpha: float = 0.05) -> tuple[np.ndarray, int | None]:
    if not sigma > 0 or not tau > 0 or not 0 < alpha < 1:
        raise ValueError("need sigma > 0, tau > 0, 0 < alpha < 1")
    arr = np.asarray(x, dtype=np.float64).ravel()
    n = arr.size
    if n == 0:
        return np.zeros(0, dtype=np.float64), None
    s = np.cumsum(arr - theta0)
    k = np.arange(1, n + 1, dtype=np.float64)
    v = sigma**2 + k * tau**2
    log_l = 0.5 * np.log(sigma**2 / v) + tau**2 * s**2 / (2 * sigma**2 * v)
    # p = min(1, exp(-max log L)) ; running max of log L
    run = np.maximum.accumulate(np.maximum(log_l, 0.0))
    p = np.exp(-run)
    hits = np.nonzero(p <= alpha)[0]
    stop = int(hits[0]) + 1 if hits.size else None
    return p, stop
