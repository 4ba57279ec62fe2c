"""Wrong: decides "every value equal" and "each group constant" from the computed sums of squares
being exactly 0. The mean of three 0.1s is 0.10000000000000002, so for constant groups of such
values SSW is rounding noise (about 1e-34), not 0: all-equal data gets F = 3.0 and p = 0.18
instead of a ValueError, and constant groups get F near 1e33 instead of inf."""

import math

import numpy as np


def one_way_anova(groups) -> dict:
    arrays = [np.asarray(g, dtype=np.float64).ravel() for g in groups]
    k = len(arrays)
    if k < 2:
        raise ValueError(f"need at least 2 groups, got {k}")
    if any(a.size == 0 for a in arrays):
        raise ValueError("every group needs at least one value")
    n_total = sum(a.size for a in arrays)
    df_between, df_within = k - 1, n_total - k
    if df_within < 1:
        raise ValueError("N - k must be at least 1 to estimate the within-group variance")
    grand = np.concatenate(arrays).mean()
    means = [a.mean() for a in arrays]
    ss_between = math.fsum(a.size * (m - grand) ** 2 for a, m in zip(arrays, means, strict=True))
    ss_within = math.fsum(float(((a - m) ** 2).sum()) for a, m in zip(arrays, means, strict=True))
    if ss_within == 0:
        if ss_between == 0:
            raise ValueError("every value is equal: F is 0 / 0")
        return {"f": math.inf, "df_between": df_between, "df_within": df_within, "p_value": 0.0}
    f = (ss_between / df_between) / (ss_within / df_within)
    return {"f": f, "df_between": df_between, "df_within": df_within, "p_value": f_sf(f, df_between, df_within)}


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
