"""Decision Tree Classifier (CART): grow a Gini classification tree as nested dicts, and predict with it."""

import numpy as np


def fit_tree(X: np.ndarray, y: np.ndarray, max_depth: int | None = None, min_samples_split: int = 2) -> dict:
    raise NotImplementedError("write your solution here")


def predict_tree(tree: dict, X: np.ndarray) -> np.ndarray:
    raise NotImplementedError("write your solution here")
