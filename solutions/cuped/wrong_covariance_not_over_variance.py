"""Wrong: uses theta = Cov(X, Y) (divided by n - 1) without dividing by Var(X). Still unbiased, but
the adjustment is scaled by Var(X), so the variance is not minimised (and can grow)."""

import numpy as np


def cuped(y_control, x_control, y_treatment, x_treatment) -> dict:
    arms = [np.asarray(a, dtype=np.float64) for a in (y_control, x_control, y_treatment, x_treatment)]
    yc, xc, yt, xt = arms
    if any(a.ndim != 1 for a in arms) or yc.size != xc.size or yt.size != xt.size:
        raise ValueError("each arm needs 1-D outcome and covariate arrays of one length")
    if yc.size < 2 or yt.size < 2:
        raise ValueError("each arm needs at least 2 users")
    if not all(np.all(np.isfinite(a)) for a in arms):
        raise ValueError("values must be finite")
    x, y = np.concatenate([xc, xt]), np.concatenate([yc, yt])
    dx = x - x.mean()
    var_x = float(dx @ dx)
    if var_x == 0.0:
        raise ValueError("the covariate is constant: theta is undefined")
    theta = float(dx @ (y - y.mean())) / (x.size - 1)
    x_mean = x.mean()
    adj_c, adj_t = yc - theta * (xc - x_mean), yt - theta * (xt - x_mean)
    effect = float(adj_t.mean() - adj_c.mean())
    se = float(np.sqrt(adj_t.var(ddof=1) / adj_t.size + adj_c.var(ddof=1) / adj_c.size))
    adjusted = np.concatenate([adj_c, adj_t])
    reduction = 1.0 - float(adjusted.var(ddof=1) / y.var(ddof=1))
    return {"theta": theta, "effect": effect, "se": se, "variance_reduction": reduction}
