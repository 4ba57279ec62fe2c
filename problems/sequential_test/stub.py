"""Always-valid sequential test: mixture SPRT p-values after every observation, and the look where it stops."""

import numpy as np


def msprt(x, theta0: float = 0.0, sigma: float = 1.0, tau: float = 1.0,
          alpha: float = 0.05) -> tuple[np.ndarray, int | None]:
    raise NotImplementedError("write your solution here")
