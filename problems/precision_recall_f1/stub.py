"""Precision, recall and F1 for binary labels, and macro-averaged F1 for any number of classes."""


def precision_recall_f1(y_true: list[int], y_pred: list[int]) -> tuple[float, float, float]:
    raise NotImplementedError("write your solution here")


def macro_f1(y_true: list[int], y_pred: list[int]) -> float:
    raise NotImplementedError("write your solution here")
