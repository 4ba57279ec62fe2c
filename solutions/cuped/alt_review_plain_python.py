"""CUPED in plain Python: pooled slope and ddof = 1 variances from math.fsum sums."""

import math


def _floats(v):
    out = [float(a) for a in (v.tolist() if hasattr(v, "tolist") else v)]
    if not all(math.isfinite(a) for a in out):
        raise ValueError("values must be finite")
    return out


def _mean(a):
    return math.fsum(a) / len(a)


def _cov(a, b):
    ma, mb = _mean(a), _mean(b)
    return math.fsum((p - ma) * (q - mb) for p, q in zip(a, b, strict=True)) / (len(a) - 1)


def _var(a):
    return _cov(a, a)


def cuped(y_control, x_control, y_treatment, x_treatment) -> dict:
    yc, xc, yt, xt = (_floats(v) for v in (y_control, x_control, y_treatment, x_treatment))
    if len(yc) != len(xc) or len(yt) != len(xt):
        raise ValueError("y and x of an arm must have the same length")
    if len(yc) < 2 or len(yt) < 2:
        raise ValueError("each arm needs at least 2 users")
    x, y = xc + xt, yc + yt
    vx = _var(x)
    if vx == 0:
        raise ValueError("the covariate is constant")
    theta = _cov(x, y) / vx
    mx = _mean(x)
    ac = [b - theta * (a - mx) for a, b in zip(xc, yc, strict=True)]
    at = [b - theta * (a - mx) for a, b in zip(xt, yt, strict=True)]
    effect = _mean(at) - _mean(ac)
    se = math.sqrt(_var(at) / len(at) + _var(ac) / len(ac))
    reduction = 1 - _var(ac + at) / _var(y)
    return {"theta": theta, "effect": effect, "se": se, "variance_reduction": reduction}
