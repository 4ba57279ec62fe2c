"""Wrong: shuffles all rows together and deals them round-robin, ignoring the classes: the
fold sizes are balanced, but a rare class can land mostly in one fold (not stratified)."""

import numpy as np


def _from_fold_ids(fold: np.ndarray, n_folds: int) -> list[tuple[np.ndarray, np.ndarray]]:
    return [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in range(n_folds)]


def stratified_kfold(y: np.ndarray, n_folds: int, rng: np.random.Generator) -> list[tuple[np.ndarray, np.ndarray]]:
    if not 2 <= n_folds <= len(y):
        raise ValueError(f"need 2 <= n_folds <= n, got {n_folds} for {len(y)} rows")
    fold = np.empty(len(y), dtype=np.int64)
    fold[rng.permutation(len(y))] = np.arange(len(y)) % n_folds
    return _from_fold_ids(fold, n_folds)


def group_kfold(groups: np.ndarray, n_folds: int) -> list[tuple[np.ndarray, np.ndarray]]:
    names, codes, sizes = np.unique(groups, return_inverse=True, return_counts=True)
    if not 2 <= n_folds <= len(names):
        raise ValueError(f"need 2 <= n_folds <= number of groups ({len(names)}), got {n_folds}")
    load = np.zeros(n_folds, dtype=np.int64)
    fold_of_group = np.empty(len(names), dtype=np.int64)
    for g in np.argsort(-sizes, kind="stable"):  # largest first; equal sizes by group value
        f = int(np.argmin(load))  # the lightest fold, the lowest index on ties
        fold_of_group[g] = f
        load[f] += sizes[g]
    return _from_fold_ids(fold_of_group[codes], n_folds)


def time_series_split(n: int, n_splits: int, gap: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    test_size = n // (n_splits + 1) if n_splits >= 1 else 0
    if n_splits < 1 or gap < 0 or test_size < 1 or n - n_splits * test_size - gap < 1:
        raise ValueError(f"cannot make {n_splits} splits of {n} rows with gap {gap}")
    splits = []
    for i in range(n_splits):
        start = n - (n_splits - i) * test_size
        splits.append((np.arange(0, start - gap), np.arange(start, start + test_size)))
    return splits


def scale_fold(X: np.ndarray, train_idx: np.ndarray, test_idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    train = X[train_idx]
    mean = train.mean(axis=0)
    std = train.std(axis=0)
    std = np.where(std > 0, std, 1.0)  # a constant column is only centred
    return (train - mean) / std, (X[test_idx] - mean) / std
