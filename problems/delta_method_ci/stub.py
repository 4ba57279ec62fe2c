"""Delta-method confidence interval for a ratio metric (clicks per session) with users as the independent units."""

import numpy as np  # noqa: F401 (for your solution)


def ratio_metric_ci(clicks, sessions, confidence: float = 0.95) -> dict:
    raise NotImplementedError("write your solution here")
