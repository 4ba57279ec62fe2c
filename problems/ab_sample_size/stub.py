"""Users per arm an A/B test needs to detect a change from p1 to p2 (two-sided alpha, power)."""


def ab_sample_size(p1: float, p2: float, alpha: float = 0.05, power: float = 0.8) -> int:
    raise NotImplementedError("write your solution here")
