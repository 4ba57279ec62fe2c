"""ECE with np.searchsorted over the bin edges and np.bincount per bin; the temperature by bisection
on the derivative of the NLL in beta = 1 / T (monotone, since the NLL is convex in beta)."""

import numpy as np


def expected_calibration_error(probs, labels, n_bins=15):
    conf = probs.max(axis=1)
    pred = probs.argmax(axis=1)
    correct = (pred == labels).astype(float)
    edges = np.arange(n_bins + 1) / n_bins
    idx = np.clip(np.searchsorted(edges, conf, side="left") - 1, 0, n_bins - 1)
    size = np.bincount(idx, minlength=n_bins).astype(float)
    acc_sum = np.bincount(idx, weights=correct, minlength=n_bins)
    conf_sum = np.bincount(idx, weights=conf, minlength=n_bins)
    full = size > 0
    return float(np.sum(np.abs(acc_sum[full] - conf_sum[full])) / len(conf))


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def apply_temperature(logits, temperature):
    return _softmax(logits / temperature)


def _dnll_dbeta(logits, labels, beta):
    p = _softmax(beta * logits)
    return float(np.mean((p * logits).sum(axis=1) - logits[np.arange(len(labels)), labels]))


def fit_temperature(logits, labels):
    lo, hi = 1.0 / 40.0, 40.0  # beta brackets the stated range of T (0.05 .. 20) with room
    for _ in range(200):
        mid = np.sqrt(lo * hi)
        if _dnll_dbeta(logits, labels, mid) > 0:
            hi = mid
        else:
            lo = mid
        if hi / lo < 1 + 1e-12:
            break
    return float(1.0 / np.sqrt(lo * hi))
