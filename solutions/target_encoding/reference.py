"""Reference: categories become integer codes once; for each fold, bincount gives the counts and
target sums of the rows outside it, and the fold's rows are encoded from those alone."""

import numpy as np


def make_folds(n: int, n_folds: int, rng: np.random.Generator) -> np.ndarray:
    if not 2 <= n_folds <= n:
        raise ValueError(f"need 2 <= n_folds <= n, got n_folds={n_folds}, n={n}")
    folds = np.empty(n, dtype=np.int64)
    folds[rng.permutation(n)] = np.arange(n) % n_folds
    return folds


def _encode(codes_from, y_from, codes_to, n_codes, smoothing):
    """Smoothed mean of y per category, computed on (codes_from, y_from), read at codes_to."""
    counts = np.bincount(codes_from, minlength=n_codes)
    sums = np.bincount(codes_from, weights=y_from, minlength=n_codes)
    prior = y_from.mean()
    n, s = counts[codes_to], sums[codes_to]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n + smoothing > 0, (s + smoothing * prior) / (n + smoothing), prior)


def target_encode(train: list[str], y: np.ndarray, test: list[str], smoothing: float = 10.0,
                  folds: np.ndarray | None = None, n_folds: int = 5,
                  rng: np.random.Generator | None = None) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(y, dtype=np.float64)
    if folds is None:
        if rng is None:
            raise ValueError("pass folds, or a generator to build them")
        folds = make_folds(len(y), n_folds, rng)
    _, codes = np.unique(np.array(list(train) + list(test), dtype=object), return_inverse=True)
    n_codes = int(codes.max()) + 1 if codes.size else 0
    tr, te = codes[:len(y)], codes[len(y):]
    out_of_fold = np.empty(len(y))
    for f in np.unique(folds):
        inside = folds == f
        out_of_fold[inside] = _encode(tr[~inside], y[~inside], tr[inside], n_codes, smoothing)
    return out_of_fold, _encode(tr, y, te, n_codes, smoothing)
