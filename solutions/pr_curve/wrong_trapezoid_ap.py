"""Wrong: average precision as the area under the curve by the trapezoidal rule (starting from
recall 0 at precision 1), which interpolates linearly between points; the stated AP is the step
sum sum((R_k - R_(k-1)) * P_k)."""

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
    r = np.append(0.0, recall)
    p = np.append(1.0, precision)
    return float(np.sum((r[1:] - r[:-1]) * (p[1:] + p[:-1]) / 2))


def best_threshold(scores, labels, cost_fp, cost_fn):
    thresholds, tp, fp = _counts(scores, labels)
    positives = int(labels.sum())
    costs = np.append(cost_fn * positives, cost_fp * fp + cost_fn * (positives - tp))
    best = int(np.argmin(costs))
    return (float("inf") if best == 0 else float(thresholds[best - 1])), float(costs[best])
