"""Welch's t and Welch-Satterthwaite df in plain Python: exact sums (fsum) and a two-pass variance."""

import math


def _mean_var(values) -> tuple[float, float, int]:
    xs = [float(v) for v in values]
    n = len(xs)
    if n < 2:
        raise ValueError("each sample needs at least 2 values")
    mean = math.fsum(xs) / n
    var = math.fsum((x - mean) ** 2 for x in xs) / (n - 1)
    return mean, var, n


def welch_ttest(a, b) -> tuple[float, float]:
    m_a, s2_a, n_a = _mean_var(a)
    m_b, s2_b, n_b = _mean_var(b)
    v_a = s2_a / n_a
    v_b = s2_b / n_b
    total = v_a + v_b
    if total == 0:
        raise ValueError("both samples are constant: t is undefined")
    t = (m_a - m_b) / math.sqrt(total)
    df = total * total / (v_a * v_a / (n_a - 1) + v_b * v_b / (n_b - 1))
    return (t, df)
