"""Splitters that build a fold id per row and read the folds back with np.flatnonzero; the group
splitter keeps its fold loads in a heap keyed by (rows so far, fold index)."""

import heapq

import numpy as np


def _from_ids(fold_of, n_folds):
    out = []
    for f in range(n_folds):
        test = np.flatnonzero(fold_of == f).astype(np.int64)
        train = np.flatnonzero(fold_of != f).astype(np.int64)
        out.append((train, test))
    return out


def stratified_kfold(y, n_folds, rng):
    y = np.asarray(y)
    n = y.size
    if not 2 <= n_folds <= n:
        raise ValueError(f"need 2 <= n_folds <= n, got {n_folds} for n={n}")
    fold_of = np.empty(n, dtype=np.int64)
    dealt = 0
    for c in np.unique(y):
        members = rng.permutation(np.flatnonzero(y == c))
        fold_of[members] = (dealt + np.arange(members.size)) % n_folds
        dealt += members.size
    return _from_ids(fold_of, n_folds)


def group_kfold(groups, n_folds):
    groups = np.asarray(groups)
    values, inverse, counts = np.unique(groups, return_inverse=True, return_counts=True)
    if not 2 <= n_folds <= values.size:
        raise ValueError(f"need 2 <= n_folds <= {values.size} groups, got {n_folds}")
    order = np.lexsort((values, -counts))  # size descending, then group value
    heap = [(0, f) for f in range(n_folds)]
    fold_of_group = np.empty(values.size, dtype=np.int64)
    for g in order:
        load, f = heapq.heappop(heap)
        fold_of_group[g] = f
        heapq.heappush(heap, (load + int(counts[g]), f))
    return _from_ids(fold_of_group[inverse.ravel()], n_folds)


def time_series_split(n, n_splits, gap=0):
    if n_splits < 1 or gap < 0:
        raise ValueError("n_splits must be >= 1 and gap >= 0")
    test_size = n // (n_splits + 1)
    if test_size < 1:
        raise ValueError("too few rows for that many splits")
    if n - n_splits * test_size - gap < 1:
        raise ValueError("the first training part would be empty")
    out = []
    for i in range(n_splits):
        start = n - (n_splits - i) * test_size
        out.append((np.arange(0, start - gap, dtype=np.int64), np.arange(start, start + test_size, dtype=np.int64)))
    return out


def scale_fold(X, train_idx, test_idx):
    X = np.asarray(X, dtype=np.float64)
    fit = X[train_idx]
    mean = fit.mean(axis=0)
    std = fit.std(axis=0)
    std = np.where(std == 0, 1.0, std)
    return (X[train_idx] - mean) / std, (X[test_idx] - mean) / std
