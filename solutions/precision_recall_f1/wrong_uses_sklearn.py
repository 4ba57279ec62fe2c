"""Wrong: calls scikit-learn's metrics, the very functions the task asks you to write."""

from sklearn.metrics import f1_score, precision_score, recall_score


def precision_recall_f1(y_true: list[int], y_pred: list[int]) -> tuple[float, float, float]:
    kwargs = {"zero_division": 0.0}
    return (float(precision_score(y_true, y_pred, **kwargs)), float(recall_score(y_true, y_pred, **kwargs)),
            float(f1_score(y_true, y_pred, **kwargs)))


def macro_f1(y_true: list[int], y_pred: list[int]) -> float:
    return float(f1_score(y_true, y_pred, average="macro", zero_division=0.0))
