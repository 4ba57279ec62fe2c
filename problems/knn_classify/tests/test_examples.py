"""Visible examples for knn_predict (what `drill test` runs)."""

import numpy as np
from support import check_labels

X_LINE = np.array([[0.0, 0.0], [1.0, 0.0], [2.0, 0.0], [3.0, 0.0]])
Y_LINE = np.array([5, 2, 2, 5], dtype=np.int64)


def test_example_majority(solution):
    X_train = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [5.0, 5.0]])
    y_train = np.array([0, 1, 1, 2], dtype=np.int64)
    got = solution.knn_predict(X_train, y_train, np.array([[0.2, 0.1], [4.0, 4.5]]), 3)
    check_labels(got, np.array([1, 1], dtype=np.int64),
                 call="knn_predict(X_train, y_train, [[0.2, 0.1], [4, 4.5]], k=3)")


def test_example_equal_distance_goes_to_lower_index(solution):
    got = solution.knn_predict(np.array([[1.0, 0.0], [-1.0, 0.0]]), np.array([7, 3], dtype=np.int64),
                               np.array([[0.0, 0.0]]), 1)
    check_labels(got, np.array([7], dtype=np.int64), call="knn_predict([[1, 0], [-1, 0]], [7, 3], [[0, 0]], k=1)")


def test_example_vote_tie_goes_to_label_met_first(solution):
    got = solution.knn_predict(X_LINE, Y_LINE, np.array([[0.0, 0.0]]), 4)
    check_labels(got, np.array([5], dtype=np.int64), call="knn_predict(X_line, [5, 2, 2, 5], [[0, 0]], k=4)")


def test_example_k_clamped_and_empty_query(solution):
    got = solution.knn_predict(X_LINE, Y_LINE, np.array([[0.0, 0.0]]), 10)
    check_labels(got, np.array([5], dtype=np.int64), call="knn_predict(X_line, [5, 2, 2, 5], [[0, 0]], k=10)")
    got = solution.knn_predict(X_LINE, Y_LINE, np.zeros((0, 2)), 3)
    check_labels(got, np.zeros(0, dtype=np.int64), call="knn_predict(X_line, [5, 2, 2, 5], <0 queries>, k=3)")
