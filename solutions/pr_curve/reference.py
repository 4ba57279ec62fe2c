"""Reference: one stable sort by decreasing score, cumulative true and false positives, read at
the last row of each run of equal scores (one threshold per distinct score)."""

import numpy as np


def _counts(scores: np.ndarray, labels: np.ndarray):
    """Distinct thresholds (decreasing) and the true / false positives at each (score >= t)."""
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    ends = np.append(np.flatnonzero(s[1:] != s[:-1]), len(s) - 1)  # last row of each tie group
    tp = np.cumsum(y)[ends]
    return s[ends], tp, (ends + 1) - tp


def pr_curve(scores: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    positives = int(labels.sum())
    if positives == 0:
        raise ValueError("precision and recall need at least one positive label")
    thresholds, tp, fp = _counts(scores, labels)
    return tp / (tp + fp), tp / positives, thresholds.astype(np.float64)


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    precision, recall, _ = pr_curve(scores, labels)
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))


def best_threshold(scores: np.ndarray, labels: np.ndarray, cost_fp: float, cost_fn: float) -> tuple[float, float]:
    thresholds, tp, fp = _counts(scores, labels)
    positives = int(labels.sum())
    # candidate 0 predicts nothing positive (threshold +inf); then the distinct scores, decreasing
    costs = np.append(cost_fn * positives, cost_fp * fp + cost_fn * (positives - tp))
    best = int(np.argmin(costs))  # first minimum: the highest threshold among equal costs
    threshold = np.inf if best == 0 else float(thresholds[best - 1])
    return threshold, float(costs[best])
