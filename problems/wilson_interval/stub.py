"""Wilson score confidence interval for a binomial proportion."""


def wilson_interval(successes: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    raise NotImplementedError("write your solution here")
