"""Bayesian linear regression: Gaussian prior N(0, I/alpha) on the weights, Gaussian noise of known
precision beta. Closed-form posterior over the weights and posterior predictive at new points."""

import numpy as np


def posterior(X: np.ndarray, y: np.ndarray, alpha: float, beta: float) -> tuple[np.ndarray, np.ndarray]:
    """Return (mean, cov) of the posterior over w: shapes (d,) and (d, d)."""
    raise NotImplementedError("write your solution here")


def predictive(X_new: np.ndarray, mean: np.ndarray, cov: np.ndarray, beta: float) -> tuple[np.ndarray, np.ndarray]:
    """Return (mean, variance) of a new observation y at each row of X_new: shapes (k,) and (k,)."""
    raise NotImplementedError("write your solution here")
