"""Poisson-Gamma demand: the conjugate posterior of a daily demand rate, the negative-binomial
forecast of demand over a lead time, its quantile, and the safety stock it implies."""


def update(counts: list[int], a: float, b: float) -> tuple[float, float]:
    """Posterior (shape, rate) of lambda after observing daily counts, from a Gamma(a, rate b) prior."""
    raise NotImplementedError("write your solution here")


def predictive_pmf(k: int, a: float, b: float, days: int = 1) -> float:
    """P(total demand over `days` days == k) when lambda ~ Gamma(shape a, rate b)."""
    raise NotImplementedError("write your solution here")


def demand_quantile(a: float, b: float, days: int, level: float = 0.95) -> int:
    """Smallest integer q >= 0 with P(total demand over `days` days <= q) >= level."""
    raise NotImplementedError("write your solution here")


def safety_stock(counts: list[int], a: float, b: float, lead_time: int, level: float = 0.95) -> dict:
    """{"reorder_point": int, "expected_demand": float, "safety_stock": float} for the lead time."""
    raise NotImplementedError("write your solution here")
