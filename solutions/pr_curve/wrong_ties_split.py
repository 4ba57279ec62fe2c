"""Wrong: sorts by decreasing score and takes a point after EVERY row, so the rows of a tie become
separate thresholds (duplicated in `thresholds`), and the curve depends on how the sort happened
to order the tied rows."""

import numpy as np


def pr_curve(scores, labels):
    positives = int(labels.sum())
    if positives == 0:
        raise ValueError("no positive label")
    order = np.argsort(-scores)
    tp = np.cumsum(labels[order])
    fp = np.arange(1, len(scores) + 1) - tp
    return tp / (tp + fp), tp / positives, scores[order].astype(np.float64)


def average_precision(scores, labels):
    precision, recall, _ = pr_curve(scores, labels)
    return float(np.sum(np.diff(recall, prepend=0.0) * precision))


def best_threshold(scores, labels, cost_fp, cost_fn):
    order = np.argsort(-scores)
    positives = int(labels.sum())
    tp = np.cumsum(labels[order])
    fp = np.arange(1, len(scores) + 1) - tp
    costs = np.append(cost_fn * positives, cost_fp * fp + cost_fn * (positives - tp))
    best = int(np.argmin(costs))
    return (float("inf") if best == 0 else float(scores[order][best - 1])), float(costs[best])
