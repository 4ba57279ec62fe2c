"""Wrong: a normal approximation: q = ceil(mean + z sd) with the negative binomial's mean a / b and
variance a / b + a / b^2, and the normal expected cost (cu + co) sd phi(z). Close for large, symmetric
demand, off for small or skewed demand, and not the discrete quantile the task asks for."""

import math
from statistics import NormalDist


def newsvendor(a: float, b: float, underage: float, overage: float) -> dict:
    if not (a > 0 and b > 0 and underage > 0 and overage > 0):
        raise ValueError("parameters must be positive")
    ratio = underage / (underage + overage)
    mean, sd = a / b, math.sqrt(a / b + a / b**2)
    z = NormalDist().inv_cdf(ratio)
    order = max(0, math.ceil(mean + z * sd))
    cost = (underage + overage) * sd * NormalDist().pdf(z)
    return {"order": order, "expected_cost": cost, "critical_ratio": ratio}
