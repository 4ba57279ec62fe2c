"""Plain Python: fold ids in lists, a heap of fold loads for the groups, and the scaler's
statistics computed column by column."""

import heapq
import math

import numpy as np


def _pairs(fold, n_folds):
    n = len(fold)
    out = []
    for f in range(n_folds):
        test = [i for i in range(n) if fold[i] == f]
        train = [i for i in range(n) if fold[i] != f]
        out.append((np.array(train, dtype=np.int64), np.array(test, dtype=np.int64)))
    return out


def stratified_kfold(y, n_folds, rng):
    n = len(y)
    if n_folds < 2 or n_folds > n:
        raise ValueError("bad n_folds")
    labels = [int(v) for v in y]
    fold = [0] * n
    dealt = 0
    for c in sorted(set(labels)):
        rows = np.array([i for i in range(n) if labels[i] == c], dtype=np.int64)
        for j, row in enumerate(rng.permutation(rows).tolist()):
            fold[row] = (dealt + j) % n_folds
        dealt += len(rows)
    return _pairs(fold, n_folds)


def group_kfold(groups, n_folds):
    values = [int(g) for g in groups]
    sizes = {}
    for g in values:
        sizes[g] = sizes.get(g, 0) + 1
    if n_folds < 2 or n_folds > len(sizes):
        raise ValueError("bad n_folds")
    heap = [(0, f) for f in range(n_folds)]  # (rows so far, fold): the smallest pops first
    where = {}
    for g in sorted(sizes, key=lambda g: (-sizes[g], g)):
        load, f = heapq.heappop(heap)
        where[g] = f
        heapq.heappush(heap, (load + sizes[g], f))
    return _pairs([where[g] for g in values], n_folds)


def time_series_split(n, n_splits, gap=0):
    if n_splits < 1 or gap < 0:
        raise ValueError("bad arguments")
    size = n // (n_splits + 1)
    if size < 1 or n - n_splits * size - gap < 1:
        raise ValueError("the splits do not fit")
    out = []
    for i in range(n_splits):
        start = n - (n_splits - i) * size
        out.append((np.array(list(range(start - gap)), dtype=np.int64),
                    np.array(list(range(start, start + size)), dtype=np.int64)))
    return out


def scale_fold(X, train_idx, test_idx):
    train = X[train_idx]
    test = X[test_idx]
    out_train, out_test = train.copy(), test.copy()
    for j in range(X.shape[1]):
        col = train[:, j].tolist()
        mean = math.fsum(col) / len(col)
        std = math.sqrt(math.fsum((v - mean) ** 2 for v in col) / len(col))
        if std == 0:
            std = 1.0
        out_train[:, j] = (train[:, j] - mean) / std
        out_test[:, j] = (test[:, j] - mean) / std
    return out_train, out_test
