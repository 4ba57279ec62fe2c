"""One-way ANOVA in plain Python: fsum sums of squared deviations, exact checks for constant data."""

import math

import numpy as np  # noqa: F401 (for your solution)


def one_way_anova(groups) -> dict:
    data = []
    for g in groups:
        vals = [float(v) for v in (g.tolist() if hasattr(g, "tolist") else g)]
        if not vals:
            raise ValueError("a group is empty")
        if not all(math.isfinite(v) for v in vals):
            raise ValueError("values must be finite")
        data.append(vals)
    k = len(data)
    if k < 2:
        raise ValueError("need at least 2 groups")
    n_total = sum(len(g) for g in data)
    if n_total - k < 1:
        raise ValueError("need N - k >= 1")
    everything = [v for g in data for v in g]
    if all(v == everything[0] for v in everything):
        raise ValueError("every value is equal")
    grand = math.fsum(everything) / n_total
    means = [math.fsum(g) / len(g) for g in data]
    ssb = math.fsum(len(g) * (m - grand) ** 2 for g, m in zip(data, means, strict=True))
    each_constant = all(all(v == g[0] for v in g) for g in data)
    ssw = 0.0 if each_constant else math.fsum((v - m) ** 2 for g, m in zip(data, means, strict=True) for v in g)
    d1, d2 = k - 1, n_total - k
    if ssw == 0.0:
        return {"f": math.inf, "df_between": d1, "df_within": d2, "p_value": 0.0}
    f = (ssb / d1) / (ssw / d2)
    return {"f": f, "df_between": d1, "df_within": d2, "p_value": f_sf(f, d1, d2)}


# ---- given: keep this, and call f_sf(f, d1, d2) for the p-value ----------------------------------

def f_sf(f: float, d1: float, d2: float) -> float:
    """P(X >= f) for X ~ F(d1, d2), given to you: the regularised incomplete beta I_x(d2/2, d1/2)
    at x = d2 / (d2 + d1 f), by its continued fraction. Accurate to about 1e-13 relative."""
    if f <= 0:
        return 1.0
    if math.isinf(f):
        return 0.0
    x = d2 / (d2 + d1 * f)
    a, b = d2 / 2, d1 / 2
    # The continued fraction converges fast for x < (a + 1) / (a + b + 2); otherwise use the mirror.
    if x < (a + 1) / (a + b + 2):
        return _beta_tail(x, a, b)
    return 1.0 - _beta_tail(1.0 - x, b, a)


def _beta_tail(x: float, a: float, b: float) -> float:
    """I_x(a, b) by the modified Lentz continued fraction."""
    if x <= 0:
        return 0.0
    log_front = a * math.log(x) + b * math.log1p(-x) - (math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (tiny if abs(d) < tiny else d)
    h = d
    for m in range(1, 10_000):
        for num in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + num * d
            d = 1.0 / (tiny if abs(d) < tiny else d)
            c = 1.0 + num / c
            c = tiny if abs(c) < tiny else c
            h *= d * c
        if abs(d * c - 1.0) < 1e-16:
            break
    return math.exp(log_front) * h / a
