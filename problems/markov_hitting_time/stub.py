"""Expected number of steps for a Markov chain to first reach a set of target states, from every
starting state (first-step analysis)."""

import numpy as np


def hitting_times(P: np.ndarray, targets: list[int]) -> np.ndarray:
    """h[i] = expected steps to reach `targets` from state i (0 on targets, inf if not certain to arrive)."""
    raise NotImplementedError("write your solution here")
