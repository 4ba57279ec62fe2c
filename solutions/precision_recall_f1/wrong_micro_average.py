"""Wrong: macro_f1 pools the counts of all classes first (micro-averaging) and takes one F1 of the
totals. For single-label multi-class data that is just the accuracy; macro-F1 is the plain mean of
the per-class F1 scores, so a rare class that is always missed pulls it down."""


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def precision_recall_f1(y_true: list[int], y_pred: list[int]) -> tuple[float, float, float]:
    tp = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p == 1)
    fp = sum(1 for t, p in zip(y_true, y_pred) if t == 0 and p == 1)
    fn = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p == 0)
    return _prf(tp, fp, fn)


def macro_f1(y_true: list[int], y_pred: list[int]) -> float:
    tp = fp = fn = 0
    for c in set(y_true) | set(y_pred):
        tp += sum(1 for t, p in zip(y_true, y_pred) if t == c and p == c)
        fp += sum(1 for t, p in zip(y_true, y_pred) if t != c and p == c)
        fn += sum(1 for t, p in zip(y_true, y_pred) if t == c and p != c)
    return _prf(tp, fp, fn)[2]
