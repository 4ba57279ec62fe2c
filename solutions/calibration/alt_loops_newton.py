"""Alternative: ECE with explicit per-bin loops and lists; temperature by Newton's method on
beta = 1 / T (the NLL is convex in beta), with a bisection fallback."""

import math

import numpy as np


def expected_calibration_error(probs, labels, n_bins=15):
    count = [0] * n_bins
    hits = [0.0] * n_bins
    conf_sum = [0.0] * n_bins
    for row, label in zip(probs.tolist(), labels.tolist(), strict=True):
        conf = max(row)
        pred = row.index(conf)
        k = min(max(math.ceil(conf * n_bins) - 1, 0), n_bins - 1)
        while k > 0 and conf <= k / n_bins:        # guard against rounding in conf * n_bins
            k -= 1
        while k < n_bins - 1 and conf > (k + 1) / n_bins:
            k += 1
        count[k] += 1
        hits[k] += pred == label
        conf_sum[k] += conf
    n = len(labels)
    return sum(abs(hits[k] - conf_sum[k]) / n for k in range(n_bins) if count[k])


def apply_temperature(logits, temperature):
    z = logits / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits, labels):
    picked = logits[np.arange(len(labels)), labels]

    def derivatives(beta):
        p = apply_temperature(logits, 1.0 / beta)
        mean_z = (p * logits).sum(axis=1)
        var_z = (p * logits ** 2).sum(axis=1) - mean_z ** 2
        return float(np.mean(mean_z - picked)), float(np.mean(var_z))

    low, high = 0.05, 20.0                        # beta = 1 / T between 1/20 and 1/0.05
    beta = 1.0
    for _ in range(200):
        grad, curv = derivatives(beta)
        if grad > 0:
            high = beta
        else:
            low = beta
        step = beta - grad / curv if curv > 0 else None
        beta = step if step is not None and low < step < high else 0.5 * (low + high)
        if abs(grad) < 1e-13 or high - low < 1e-12 * high:
            break
    return 1.0 / beta
