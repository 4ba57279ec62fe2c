"""Continuous-time Markov chain: validate a generator, its stationary law, exp(Qt) by uniformisation, absorption times."""

import numpy as np


def check_generator(Q) -> np.ndarray:
    raise NotImplementedError("write your solution here")


def stationary_distribution(Q) -> np.ndarray:
    raise NotImplementedError("write your solution here")


def transition_matrix(Q, t: float, tol: float = 1e-10) -> np.ndarray:
    raise NotImplementedError("write your solution here")


def absorption_times(Q, absorbing) -> np.ndarray:
    raise NotImplementedError("write your solution here")
