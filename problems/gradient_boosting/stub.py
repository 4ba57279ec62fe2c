"""Gradient Boosting with Regression Stumps: squared-loss boosting from the mean, with shrinkage, and its predict."""

import numpy as np


def fit_boosting(X: np.ndarray, y: np.ndarray, n_estimators: int = 100, learning_rate: float = 0.1) -> dict:
    raise NotImplementedError("write your solution here")


def predict_boosting(model: dict, X: np.ndarray) -> np.ndarray:
    raise NotImplementedError("write your solution here")
