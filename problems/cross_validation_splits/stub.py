"""Stratified, grouped and time-series cross-validation splits, and a scaler fitted inside the fold."""

import numpy as np


def stratified_kfold(y: np.ndarray, n_folds: int, rng: np.random.Generator) -> list[tuple[np.ndarray, np.ndarray]]:
    raise NotImplementedError("write your solution here")


def group_kfold(groups: np.ndarray, n_folds: int) -> list[tuple[np.ndarray, np.ndarray]]:
    raise NotImplementedError("write your solution here")


def time_series_split(n: int, n_splits: int, gap: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    raise NotImplementedError("write your solution here")


def scale_fold(X: np.ndarray, train_idx: np.ndarray, test_idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    raise NotImplementedError("write your solution here")
