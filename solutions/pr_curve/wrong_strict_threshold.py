"""Wrong (off by one at the threshold): best_threshold reads the counts one group too early, the
cost of threshold t computed from the rows scoring strictly above t (score > t instead of
score >= t), so the chosen threshold and its cost belong to neighbouring groups."""

import numpy as np


def _counts(scores, labels):
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    ends = np.append(np.flatnonzero(s[1:] != s[:-1]), len(s) - 1)
    tp = np.cumsum(y)[ends]
    return s[ends], tp, (ends + 1) - tp


def pr_curve(scores, labels):
    positives = int(labels.sum())
    if positives == 0:
        raise ValueError("no positive label")
    thresholds, tp, fp = _counts(scores, labels)
    return tp / (tp + fp), tp / positives, thresholds.astype(np.float64)


def average_precision(scores, labels):
    precision, recall, _ = pr_curve(scores, labels)
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))


def best_threshold(scores, labels, cost_fp, cost_fn):
    thresholds, tp, fp = _counts(scores, labels)
    positives = int(labels.sum())
    above_tp = np.append(0, tp[:-1])  # rows strictly above each threshold
    above_fp = np.append(0, fp[:-1])
    costs = cost_fp * above_fp + cost_fn * (positives - above_tp)
    best = int(np.argmin(costs))
    return float(thresholds[best]), float(costs[best])
