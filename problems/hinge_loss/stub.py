"""Hinge loss (binary and Crammer-Singer multi-class) with its subgradient, in numpy."""

import numpy as np


def hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    raise NotImplementedError("write your solution here")


def multiclass_hinge_loss(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    raise NotImplementedError("write your solution here")
