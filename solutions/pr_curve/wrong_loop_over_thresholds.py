"""Wrong for speed: recounts TP and FP with a numpy mask for every distinct threshold, O(n) per
threshold and O(n^2) in all (correct answers, far too slow on the speed check's 50,000 distinct scores)."""

import numpy as np


def _counts(scores, labels):
    thresholds = np.unique(scores)[::-1]
    tp = np.array([int(labels[scores >= t].sum()) for t in thresholds], dtype=np.int64)
    predicted = np.array([int((scores >= t).sum()) for t in thresholds], dtype=np.int64)
    return thresholds, tp, predicted - tp


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
    costs = np.append(cost_fn * positives, cost_fp * fp + cost_fn * (positives - tp))
    best = int(np.argmin(costs))
    return (float("inf") if best == 0 else float(thresholds[best - 1])), float(costs[best])
