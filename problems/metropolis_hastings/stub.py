"""Random-walk Metropolis-Hastings for a 1-D unnormalised log density, driven by the given generator."""

import math  # noqa: F401 (for your solution)

import numpy as np


def metropolis_hastings(log_density, x0: float, n_samples: int, step: float,
                        rng: np.random.Generator, proposal: str = "gaussian") -> tuple[np.ndarray, float]:
    raise NotImplementedError("write your solution here")
