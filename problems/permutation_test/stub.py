"""Two-sided permutation test of the difference in means: exact for small samples, else Monte Carlo."""

import numpy as np


def permutation_test(a, b, rng: np.random.Generator | None = None, n_resamples: int = 9999) -> float:
    raise NotImplementedError("write your solution here")
