"""Visible examples for precision_recall_f1 and macro_f1 (what `drill test` runs)."""

from support import call, check_macro, check_prf


def test_example_binary(solution):
    y_true, y_pred = [1, 0, 1, 1, 0], [1, 1, 0, 1, 0]
    got, text = call(solution, "precision_recall_f1", y_true, y_pred)
    check_prf(got, (2 / 3, 2 / 3, 2 / 3), y_true, y_pred, text)


def test_example_no_predicted_positives(solution):
    y_true, y_pred = [1, 0, 1], [0, 0, 0]
    got, text = call(solution, "precision_recall_f1", y_true, y_pred)
    check_prf(got, (0.0, 0.0, 0.0), y_true, y_pred, text)


def test_example_macro(solution):
    y_true, y_pred = [0, 1, 2, 2], [0, 2, 2, 1]
    got, text = call(solution, "macro_f1", y_true, y_pred)
    check_macro(got, 0.5, {0: 1.0, 1: 0.0, 2: 0.5}, text)
