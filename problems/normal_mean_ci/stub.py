"""Confidence interval for a mean: the t interval (sample sd) or the z interval (known sigma)."""


def normal_mean_ci(data, critical_value: float, sigma: float | None = None) -> tuple[float, float]:
    raise NotImplementedError("write your solution here")
