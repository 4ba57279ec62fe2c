"""Precision-recall curve with tied scores grouped, average precision, and the threshold of least cost."""

import numpy as np


def pr_curve(scores: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    raise NotImplementedError("write your solution here")


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    raise NotImplementedError("write your solution here")


def best_threshold(scores: np.ndarray, labels: np.ndarray, cost_fp: float, cost_fn: float) -> tuple[float, float]:
    raise NotImplementedError("write your solution here")
