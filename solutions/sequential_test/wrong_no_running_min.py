"""Wrong: reports min(1, 1 / L_n) at each look without the running minimum, so the "always-valid"
p-value goes back up after the evidence weakens. The stopping look is right; the p-values are not."""

import numpy as np


def msprt(x, theta0: float = 0.0, sigma: float = 1.0, tau: float = 1.0,
          alpha: float = 0.05) -> tuple[np.ndarray, int | None]:
    if sigma <= 0 or tau <= 0 or not 0 < alpha < 1:
        raise ValueError("bad parameters")
    x = np.asarray(x, dtype=np.float64)
    n = np.arange(1, x.size + 1)
    s = np.cumsum(x - theta0)
    var = sigma**2
    log_l = 0.5 * np.log(var / (var + n * tau**2)) + tau**2 * s**2 / (2 * var * (var + n * tau**2))
    p_values = np.minimum(1.0, np.exp(-log_l))
    hits = np.flatnonzero(p_values <= alpha)
    return p_values, (int(hits[0]) + 1 if hits.size else None)
