"""Alternative: plain Python sums for the means, variances and covariance; NormalDist for z."""

import math
from statistics import NormalDist


def ratio_metric_ci(clicks, sessions, confidence=0.95):
    c = [float(v) for v in clicks]
    s = [float(v) for v in sessions]
    if len(c) != len(s) or len(c) < 2:
        raise ValueError("need two or more users with both counts")
    if any(not math.isfinite(v) for v in c + s):
        raise ValueError("non-finite value")
    if min(c) < 0 or min(s) < 1:
        raise ValueError("bad counts")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be in (0, 1)")
    n = len(c)
    mean_c = sum(c) / n
    mean_s = sum(s) / n
    r = sum(c) / sum(s)
    var_c = sum((a - mean_c) ** 2 for a in c) / (n - 1)
    var_s = sum((b - mean_s) ** 2 for b in s) / (n - 1)
    cov = sum((a - mean_c) * (b - mean_s) for a, b in zip(c, s, strict=True)) / (n - 1)
    bracket = var_c - 2 * r * cov + r * r * var_s
    se = math.sqrt(max(bracket, 0.0) / (n * mean_s * mean_s))
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    return {"ratio": r, "se": se, "low": r - z * se, "high": r + z * se}
