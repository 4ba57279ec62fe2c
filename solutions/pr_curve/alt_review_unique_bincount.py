"""PR curve via np.unique over the scores and per-score counts (bincount), then cumulative sums."""

import numpy as np


def _counts(scores, labels):
    scores = np.asarray(scores, dtype=np.float64)
    labels = np.asarray(labels).astype(np.int64)
    uniq, inv = np.unique(scores, return_inverse=True)  # increasing
    pos = np.bincount(inv, weights=labels, minlength=uniq.size)[::-1]
    tot = np.bincount(inv, minlength=uniq.size)[::-1].astype(np.float64)
    tp = np.cumsum(pos)
    fp = np.cumsum(tot) - tp
    return uniq[::-1].copy(), tp, fp, float(labels.sum())


def pr_curve(scores, labels):
    t, tp, fp, P = _counts(scores, labels)
    if P == 0:
        raise ValueError("no positive labels: recall is undefined")
    return tp / (tp + fp), tp / P, t


def average_precision(scores, labels):
    precision, recall, _ = pr_curve(scores, labels)
    return float(np.sum(np.diff(np.concatenate(([0.0], recall))) * precision))


def best_threshold(scores, labels, cost_fp, cost_fn):
    t, tp, fp, P = _counts(scores, labels)
    costs = np.concatenate(([cost_fn * P], cost_fp * fp + cost_fn * (P - tp)))
    cands = np.concatenate(([np.inf], t))
    k = int(np.argmin(costs))
    return float(cands[k]), float(costs[k])
