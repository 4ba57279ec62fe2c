"""Precision, recall, F1 and macro-F1 from numpy boolean masks, one class at a time."""

import numpy as np


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return float(p), float(r), float(f)


def _counts(t: np.ndarray, q: np.ndarray, c: int) -> tuple[int, int, int]:
    tp = int(np.sum((t == c) & (q == c)))
    fp = int(np.sum((t != c) & (q == c)))
    fn = int(np.sum((t == c) & (q != c)))
    return tp, fp, fn


def precision_recall_f1(y_true: list[int], y_pred: list[int]) -> tuple[float, float, float]:
    t = np.asarray(y_true, dtype=np.int64)
    q = np.asarray(y_pred, dtype=np.int64)
    return _prf(*_counts(t, q, 1))


def macro_f1(y_true: list[int], y_pred: list[int]) -> float:
    t = np.asarray(y_true, dtype=np.int64)
    q = np.asarray(y_pred, dtype=np.int64)
    classes = np.union1d(t, q)
    if classes.size == 0:
        return 0.0
    return float(np.mean([_prf(*_counts(t, q, int(c)))[2] for c in classes]))
