"""Mean confidence interval with a one-pass Welford mean and variance in plain Python."""

import math


def normal_mean_ci(data, critical_value: float, sigma: float | None = None) -> tuple[float, float]:
    values = [float(v) for v in data]
    n = len(values)
    if n == 0:
        raise ValueError("data is empty")
    if critical_value <= 0:
        raise ValueError("critical_value must be positive")
    if sigma is not None and sigma <= 0:
        raise ValueError("sigma must be positive")
    if sigma is None and n < 2:
        raise ValueError("a sample standard deviation needs at least 2 values")
    mean = 0.0
    m2 = 0.0
    for count, v in enumerate(values, start=1):
        delta = v - mean
        mean += delta / count
        m2 += delta * (v - mean)
    spread = sigma if sigma is not None else math.sqrt(m2 / (n - 1))
    half = critical_value * spread / math.sqrt(n)
    return (mean - half, mean + half)
