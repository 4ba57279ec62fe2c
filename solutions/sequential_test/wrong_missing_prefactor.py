"""Wrong: drops the sqrt(sigma^2 / (sigma^2 + n tau^2)) factor of the mixture likelihood ratio.
L_n is then too large (no longer a mean-1 martingale), so the test rejects roughly |z| > 2.45 at
every look: the type I error is several times alpha."""

import numpy as np


def msprt(x, theta0: float = 0.0, sigma: float = 1.0, tau: float = 1.0,
          alpha: float = 0.05) -> tuple[np.ndarray, int | None]:
    if sigma <= 0 or tau <= 0 or not 0 < alpha < 1:
        raise ValueError("bad parameters")
    x = np.asarray(x, dtype=np.float64)
    n = np.arange(1, x.size + 1)
    s = np.cumsum(x - theta0)
    log_l = tau**2 * s**2 / (2 * sigma**2 * (sigma**2 + n * tau**2))
    p_values = np.minimum.accumulate(np.minimum(1.0, np.exp(-log_l)))
    hits = np.flatnonzero(p_values <= alpha)
    return p_values, (int(hits[0]) + 1 if hits.size else None)
