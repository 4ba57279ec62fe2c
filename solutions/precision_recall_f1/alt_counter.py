"""Precision, recall, F1 via counted pairs, with F1 written as 2tp / (2tp + fp + fn)."""

from collections import Counter


def _f1(tp: int, fp: int, fn: int) -> float:
    den = 2 * tp + fp + fn
    return 2 * tp / den if den and tp else 0.0


def precision_recall_f1(y_true: list[int], y_pred: list[int]) -> tuple[float, float, float]:
    pairs = Counter(zip(y_true, y_pred, strict=True))
    tp, fp, fn = pairs[(1, 1)], pairs[(0, 1)], pairs[(1, 0)]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return float(precision), float(recall), _f1(tp, fp, fn)


def macro_f1(y_true: list[int], y_pred: list[int]) -> float:
    classes = set(y_true) | set(y_pred)
    if not classes:
        return 0.0
    pairs = Counter(zip(y_true, y_pred, strict=True))
    t_count = Counter(y_true)
    p_count = Counter(y_pred)
    total = 0.0
    for c in classes:
        tp = pairs[(c, c)]
        total += _f1(tp, p_count[c] - tp, t_count[c] - tp)
    return total / len(classes)
