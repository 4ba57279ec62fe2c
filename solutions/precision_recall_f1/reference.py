"""Reference: count true positives, false positives and false negatives in one pass; every ratio
whose denominator is zero is 0.0; macro-F1 averages one-vs-rest F1 over every label seen."""


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def precision_recall_f1(y_true: list[int], y_pred: list[int]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for t, p in zip(y_true, y_pred):
        if p == 1:
            if t == 1:
                tp += 1
            else:
                fp += 1
        elif t == 1:
            fn += 1
    return _prf(tp, fp, fn)


def macro_f1(y_true: list[int], y_pred: list[int]) -> float:
    labels = set(y_true) | set(y_pred)
    if not labels:
        return 0.0
    tp = dict.fromkeys(labels, 0)
    fp = dict.fromkeys(labels, 0)
    fn = dict.fromkeys(labels, 0)
    for t, p in zip(y_true, y_pred):
        if t == p:
            tp[t] += 1
        else:
            fp[p] += 1
            fn[t] += 1
    return sum(_prf(tp[c], fp[c], fn[c])[2] for c in labels) / len(labels)
