"""Wrong: fits the encoding on the whole training set and applies it to the training rows, so
every row's number includes its own label (target leakage). With rare categories the feature is
nearly the label itself; the folds are built and then never used."""

import numpy as np


def make_folds(n, n_folds, rng):
    if not 2 <= n_folds <= n:
        raise ValueError("need 2 <= n_folds <= n")
    folds = np.empty(n, dtype=np.int64)
    folds[rng.permutation(n)] = np.arange(n) % n_folds
    return folds


def target_encode(train, y, test, smoothing=10.0, folds=None, n_folds=5, rng=None):
    if folds is None:
        if rng is None:
            raise ValueError("pass folds or rng")
        folds = make_folds(len(y), n_folds, rng)
    prior = float(np.mean(y))
    stats = {}
    for c, t in zip(train, y, strict=False):
        n, s = stats.get(c, (0, 0.0))
        stats[c] = (n + 1, s + float(t))

    def enc(c):
        n, s = stats.get(c, (0, 0.0))
        return (s + smoothing * prior) / (n + smoothing) if n + smoothing > 0 else prior

    return np.array([enc(c) for c in train]), np.array([enc(c) for c in test], dtype=np.float64)
