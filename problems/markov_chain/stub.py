"""Discrete-time Markov chain with a row-stochastic transition matrix: the stationary distribution
and the n-step transition probabilities."""

import numpy as np


def stationary_distribution(P: np.ndarray) -> np.ndarray:
    """The probability vector pi (shape (d,)) with pi @ P == pi."""
    raise NotImplementedError("write your solution here")


def n_step(P: np.ndarray, n: int) -> np.ndarray:
    """P to the power n (shape (d, d)): entry [i, j] is P(X_n = j | X_0 = i)."""
    raise NotImplementedError("write your solution here")
