"""Out-of-fold encoding by subtraction: totals over all training rows minus each fold's own
totals give the statistics of the other folds (Counters, plain Python loops)."""

from collections import Counter, defaultdict

import numpy as np


def make_folds(n, n_folds, rng):
    if n_folds < 2 or n_folds > n:
        raise ValueError("n_folds must be between 2 and n")
    perm = rng.permutation(n)
    folds = np.empty(n, dtype=np.int64)
    for j, row in enumerate(perm):
        folds[row] = j % n_folds
    return folds


def _smoothed(count, total, prior, m):
    if count + m == 0:
        return prior
    return (total + m * prior) / (count + m)


def target_encode(train, y, test, smoothing=10.0, folds=None, n_folds=5, rng=None):
    if folds is None:
        if rng is None:
            raise ValueError("folds or rng is needed")
        folds = make_folds(len(train), n_folds, rng)
    ys = [float(v) for v in y]
    fs = [int(f) for f in folds]
    count, total = Counter(), defaultdict(float)
    fold_count, fold_total = Counter(), defaultdict(float)
    fold_rows, fold_sum = Counter(), defaultdict(float)
    for c, t, f in zip(train, ys, fs, strict=False):
        count[c] += 1
        total[c] += t
        fold_count[f, c] += 1
        fold_total[f, c] += t
        fold_rows[f] += 1
        fold_sum[f] += t
    n, grand = len(ys), sum(ys)
    encoded = []
    for c, f in zip(train, fs, strict=False):
        prior = (grand - fold_sum[f]) / (n - fold_rows[f])
        encoded.append(_smoothed(count[c] - fold_count[f, c], total[c] - fold_total[f, c], prior, smoothing))
    prior = grand / n
    test_encoded = [_smoothed(count[c], total[c], prior, smoothing) for c in test]
    return np.array(encoded, dtype=np.float64), np.array(test_encoded, dtype=np.float64)
