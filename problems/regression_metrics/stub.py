"""Regression Metrics: RMSE, MAE, MAPE (zero targets left out), SMAPE and R^2 (constant targets handled)."""

import numpy as np


def rmse(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    raise NotImplementedError("write your solution here")


def mae(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    raise NotImplementedError("write your solution here")


def mape(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    raise NotImplementedError("write your solution here")


def smape(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    raise NotImplementedError("write your solution here")


def r2(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    raise NotImplementedError("write your solution here")
