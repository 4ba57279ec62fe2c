"""Target encoding with plain dict counts per fold, rebuilt from the rows outside the fold."""

from collections import defaultdict

import numpy as np


def make_folds(n, n_folds, rng):
    if not 2 <= n_folds <= n:
        raise ValueError(f"need 2 <= n_folds <= n, got n_folds={n_folds}, n={n}")
    perm = rng.permutation(n)
    out = np.empty(n, dtype=np.int64)
    for j, row in enumerate(perm):
        out[row] = j % n_folds
    return out


def _encoder(cats, ys, m):
    count = defaultdict(int)
    total = defaultdict(float)
    for c, t in zip(cats, ys, strict=True):
        count[c] += 1
        total[c] += t
    prior = sum(ys) / len(ys)

    def enc(c):
        n_c = count.get(c, 0)
        if n_c == 0:
            return prior
        return (total[c] + m * prior) / (n_c + m)

    return enc


def target_encode(train, y, test, smoothing=10.0, folds=None, n_folds=5, rng=None):
    y = [float(v) for v in np.asarray(y, dtype=float)]
    n = len(train)
    if folds is None:
        if rng is None:
            raise ValueError("give folds or rng")
        folds = make_folds(n, n_folds, rng)
    folds = [int(f) for f in np.asarray(folds)]
    train_enc = np.empty(n, dtype=np.float64)
    for f in sorted(set(folds)):
        outside = [i for i in range(n) if folds[i] != f]
        enc = _encoder([train[i] for i in outside], [y[i] for i in outside], smoothing)
        for i in range(n):
            if folds[i] == f:
                train_enc[i] = enc(train[i])
    enc_all = _encoder(list(train), y, smoothing)
    test_enc = np.array([enc_all(c) for c in test], dtype=np.float64)
    return train_enc, test_enc
