"""Alternative: plain Python loops over the values, math.sqrt, no numpy arithmetic."""

import math


def _pairs(y_true, y_pred):
    return list(zip(y_true.tolist(), y_pred.tolist(), strict=True))


def rmse(y_true, y_pred):
    pairs = _pairs(y_true, y_pred)
    return math.sqrt(sum((a - b) ** 2 for a, b in pairs) / len(pairs))


def mae(y_true, y_pred):
    pairs = _pairs(y_true, y_pred)
    return sum(abs(a - b) for a, b in pairs) / len(pairs)


def mape(y_true, y_pred):
    terms = [abs(a - b) / abs(a) for a, b in _pairs(y_true, y_pred) if a != 0]
    if not terms:
        raise ValueError("every target is zero")
    return sum(terms) / len(terms)


def smape(y_true, y_pred):
    total = 0.0
    pairs = _pairs(y_true, y_pred)
    for a, b in pairs:
        scale = abs(a) + abs(b)
        if scale:
            total += 2 * abs(a - b) / scale
    return total / len(pairs)


def r2(y_true, y_pred):
    pairs = _pairs(y_true, y_pred)
    mean = sum(a for a, _ in pairs) / len(pairs)
    ss_tot = sum((a - mean) ** 2 for a, _ in pairs)
    ss_res = sum((a - b) ** 2 for a, b in pairs)
    if all(a == pairs[0][0] for a, _ in pairs):
        return 1.0 if ss_res == 0 else 0.0
    return 1 - ss_res / ss_tot
