"""Alternative: plain Python; SSB as the total sum of squares minus SSW (both from deviations); the given f_sf."""

import math


def one_way_anova(groups) -> dict:
    groups = [[float(v) for v in g] for g in groups]
    k = len(groups)
    if k < 2:
        raise ValueError("need two or more groups")
    if any(len(g) == 0 for g in groups):
        raise ValueError("empty group")
    n = sum(len(g) for g in groups)
    if n - k < 1:
        raise ValueError("no degrees of freedom within groups")
    first = groups[0][0]
    if all(v == first for g in groups for v in g):
        raise ValueError("all values equal")
    if all(v == g[0] for g in groups for v in g):   # every group constant: SSW is exactly 0
        return {"f": math.inf, "df_between": k - 1, "df_within": n - k, "p_value": 0.0}
    grand = math.fsum(v for g in groups for v in g) / n
    sst = math.fsum((v - grand) ** 2 for g in groups for v in g)
    ssw = 0.0
    for g in groups:
        m = math.fsum(g) / len(g)
        ssw += math.fsum((v - m) ** 2 for v in g)
    ssb = max(sst - ssw, 0.0)
    f = (ssb / (k - 1)) / (ssw / (n - k))
    return {"f": f, "df_between": k - 1, "df_within": n - k, "p_value": f_sf(f, k - 1, n - k)}


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
