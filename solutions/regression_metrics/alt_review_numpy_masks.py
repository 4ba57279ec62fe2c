"""The five metrics with numpy boolean masks; constant targets detected by comparing to the first."""

import numpy as np


def rmse(y_true, y_pred):
    e = np.asarray(y_true, dtype=float) - np.asarray(y_pred, dtype=float)
    return float(np.sqrt(np.mean(e * e)))


def mae(y_true, y_pred):
    return float(np.mean(np.abs(np.asarray(y_true, dtype=float) - np.asarray(y_pred, dtype=float))))


def mape(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    keep = t != 0
    if not keep.any():
        raise ValueError("mape is undefined when every target is 0")
    return float(np.mean(np.abs(t[keep] - p[keep]) / np.abs(t[keep])))


def smape(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    den = np.abs(t) + np.abs(p)
    safe = np.where(den == 0, 1.0, den)
    terms = np.where(den == 0, 0.0, 2 * np.abs(t - p) / safe)
    return float(terms.mean())


def r2(y_true, y_pred):
    t = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    ss_res = float(np.sum((t - p) ** 2))
    if np.all(t == t[0]):
        return 1.0 if ss_res == 0 else 0.0
    ss_tot = float(np.sum((t - t.mean()) ** 2))
    return 1.0 - ss_res / ss_tot
