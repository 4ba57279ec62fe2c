"""Plain Python: sort (score, label) pairs once by decreasing score and walk them, emitting a
point whenever the next score differs (the end of a tie group)."""

import numpy as np


def _groups(scores, labels):
    pairs = sorted(zip(scores.tolist(), labels.tolist(), strict=False), key=lambda p: -p[0])
    points = []  # (threshold, tp, fp)
    tp = fp = 0
    for i, (s, y) in enumerate(pairs):
        if y == 1:
            tp += 1
        else:
            fp += 1
        if i + 1 == len(pairs) or pairs[i + 1][0] != s:
            points.append((s, tp, fp))
    return points


def pr_curve(scores, labels):
    positives = int(np.sum(labels))
    if positives == 0:
        raise ValueError("P = 0")
    points = _groups(scores, labels)
    precision = np.array([tp / (tp + fp) for _, tp, fp in points])
    recall = np.array([tp / positives for _, tp, _ in points])
    thresholds = np.array([float(t) for t, _, _ in points])
    return precision, recall, thresholds


def average_precision(scores, labels):
    precision, recall, _ = pr_curve(scores, labels)
    total, previous = 0.0, 0.0
    for p, r in zip(precision.tolist(), recall.tolist(), strict=False):
        total += (r - previous) * p
        previous = r
    return total


def best_threshold(scores, labels, cost_fp, cost_fn):
    positives = int(np.sum(labels))
    best_t, best_cost = float("inf"), float(cost_fn * positives)
    for t, tp, fp in _groups(scores, labels):
        cost = cost_fp * fp + cost_fn * (positives - tp)
        if cost < best_cost:
            best_t, best_cost = float(t), float(cost)
    return best_t, best_cost
