"""Newsvendor: the cost-optimal order under negative-binomial (Poisson-Gamma) demand, and its expected cost."""

import math  # noqa: F401 (for your solution)


def newsvendor(a: float, b: float, underage: float, overage: float) -> dict:
    raise NotImplementedError("write your solution here")
