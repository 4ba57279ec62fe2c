"""Alternative: theta as the least-squares slope from np.polyfit on the pooled data; np.var for the rest."""

import numpy as np


def cuped(y_control, x_control, y_treatment, x_treatment):
    yc, xc = np.array(y_control, dtype=float), np.array(x_control, dtype=float)
    yt, xt = np.array(y_treatment, dtype=float), np.array(x_treatment, dtype=float)
    if len(yc) != len(xc) or len(yt) != len(xt):
        raise ValueError("lengths differ")
    if len(yc) < 2 or len(yt) < 2:
        raise ValueError("need two users per arm")
    x = np.concatenate([xc, xt])
    y = np.concatenate([yc, yt])
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise ValueError("non-finite value")
    if np.ptp(x) == 0:
        raise ValueError("constant covariate")
    theta = np.polyfit(x - x.mean(), y, 1)[0]
    mx = x.mean()
    ac = yc - theta * (xc - mx)
    at = yt - theta * (xt - mx)
    effect = at.mean() - ac.mean()
    se = np.sqrt(np.var(at, ddof=1) / len(at) + np.var(ac, ddof=1) / len(ac))
    reduction = 1 - np.var(np.concatenate([ac, at]), ddof=1) / np.var(y, ddof=1)
    return {"theta": float(theta), "effect": float(effect), "se": float(se), "variance_reduction": float(reduction)}
