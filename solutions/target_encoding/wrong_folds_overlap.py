"""Wrong: make_folds draws each fold separately (n // n_folds rows without replacement, a new
draw per fold), so folds overlap, later draws overwrite earlier ones and the rows no draw picked
stay in fold 0: the folds do not partition the rows into near-equal parts, and the stated use of
the generator is not replayed."""

import numpy as np


def make_folds(n, n_folds, rng):
    if not 2 <= n_folds <= n:
        raise ValueError("need 2 <= n_folds <= n")
    folds = np.zeros(n, dtype=np.int64)
    for f in range(n_folds):
        folds[rng.choice(n, size=n // n_folds, replace=False)] = f
    return folds


def _encode(cats_from, y_from, cats_to, m):
    prior = float(np.mean(y_from))
    stats = {}
    for c, t in zip(cats_from, y_from, strict=False):
        n, s = stats.get(c, (0, 0.0))
        stats[c] = (n + 1, s + float(t))
    out = []
    for c in cats_to:
        n, s = stats.get(c, (0, 0.0))
        out.append((s + m * prior) / (n + m) if n + m > 0 else prior)
    return np.array(out, dtype=np.float64)


def target_encode(train, y, test, smoothing=10.0, folds=None, n_folds=5, rng=None):
    if folds is None:
        if rng is None:
            raise ValueError("pass folds or rng")
        folds = make_folds(len(y), n_folds, rng)
    train = np.array(train, dtype=object)
    out = np.empty(len(y))
    for f in np.unique(folds):
        inside = folds == f
        out[inside] = _encode(train[~inside], y[~inside], train[inside], smoothing)
    return out, _encode(train, y, test, smoothing)
