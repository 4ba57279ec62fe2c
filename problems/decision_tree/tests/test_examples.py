"""Visible examples for fit_tree and predict_tree (what `drill test` runs)."""

import numpy as np
from support import check_labels, check_tree

X = np.array([[1.0], [2.0], [3.0], [4.0]])
Y = np.array([0, 0, 1, 1], dtype=np.int64)
STUMP = {"feature": 0, "threshold": 2.5, "left": {"label": 0}, "right": {"label": 1}}


def test_example_one_split(solution):
    check_tree(solution.fit_tree(X, Y), STUMP, call="fit_tree([[1], [2], [3], [4]], [0, 0, 1, 1])")


def test_example_depth_zero_is_a_leaf(solution):
    check_tree(solution.fit_tree(X, Y, max_depth=0), {"label": 0},
               call="fit_tree([[1], [2], [3], [4]], [0, 0, 1, 1], max_depth=0)")


def test_example_predict_threshold_goes_left(solution):
    got = solution.predict_tree(STUMP, np.array([[2.5], [2.6]]))
    check_labels(got, np.array([0, 1], dtype=np.int64), call="predict_tree(stump at 2.5, [[2.5], [2.6]])")


def test_example_constant_feature_and_label_tie(solution):
    X2 = np.array([[0.0, 5.0], [0.0, 5.0], [0.0, 7.0]])
    want = {"feature": 1, "threshold": 6.0, "left": {"label": -1}, "right": {"label": -1}}
    check_tree(solution.fit_tree(X2, np.array([3, -1, -1], dtype=np.int64)), want,
               call="fit_tree([[0, 5], [0, 5], [0, 7]], [3, -1, -1])")
