"""L2-regularised logistic regression: a stable objective, probabilities, and a fit to the optimum."""

import numpy as np


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    raise NotImplementedError("write your solution here")


def objective(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float, lam: float) -> float:
    raise NotImplementedError("write your solution here")


def fit(X: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    raise NotImplementedError("write your solution here")
