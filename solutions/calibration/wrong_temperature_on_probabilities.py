"""Wrong temperature scaling: divides the softmax probabilities by T and applies softmax again,
instead of dividing the logits (and fits T for that wrong model)."""

import numpy as np


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, n_bins: int = 15) -> float:
    confidence = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == labels).astype(np.float64)
    edges = np.arange(1, n_bins) / n_bins
    bins = np.searchsorted(edges, confidence, side="left")   # bin k holds (k/B, (k+1)/B]
    gap = np.abs(np.bincount(bins, correct, n_bins) - np.bincount(bins, confidence, n_bins))
    return float(gap.sum() / len(labels))  # sum_k |B_k|/n * |acc_k - conf_k|, empty bins add 0


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def apply_temperature(logits: np.ndarray, temperature: float) -> np.ndarray:
    return np.exp(_log_softmax(np.exp(_log_softmax(logits)) / temperature))


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    rows = np.arange(len(labels))

    def slope(beta: float) -> float:
        """d/dbeta of mean(logsumexp(beta z) - beta z_y) = mean(E_p[z] - z_y)."""
        z = np.exp(_log_softmax(logits))
        p = np.exp(_log_softmax(beta * z))
        return float(np.mean((p * z).sum(axis=1) - z[rows, labels]))

    low, high = 1.0 / 20.0, 1.0 / 0.05
    for _ in range(100):
        mid = 0.5 * (low + high)
        if slope(mid) > 0:
            high = mid
        else:
            low = mid
    return float(2.0 / (low + high))
