"""Visible examples for fit_boosting and predict_boosting (what `drill test` runs)."""

import numpy as np
from support import check_model

from harness.authoring import check_close

X = np.array([[0.0], [1.0], [2.0], [3.0]])
Y = np.array([1.0, 1.0, 3.0, 5.0])


def test_example_two_rounds(solution, tol):
    model = solution.fit_boosting(X, Y, n_estimators=2, learning_rate=0.5)
    want = {"f0": 2.5, "learning_rate": 0.5, "stumps": [(0, 1.5, -1.5, 1.5), (0, 2.5, -7 / 12, 1.75)]}
    check_model(model, want, call="fit_boosting(X, y, n_estimators=2, learning_rate=0.5)", tol=tol)
    check_close(solution.predict_boosting(model, X), np.array([35 / 24, 35 / 24, 71 / 24, 4.125]),
                call="predict_boosting(model, X)", **tol)


def test_example_no_rounds(solution, tol):
    check_model(solution.fit_boosting(X, Y, n_estimators=0), {"f0": 2.5, "learning_rate": 0.1, "stumps": []},
                call="fit_boosting(X, y, n_estimators=0)", tol=tol)


def test_example_predict_a_given_model(solution, tol):
    model = {"f0": 1.0, "learning_rate": 0.1, "stumps": [(0, 0.5, -2.0, 3.0)]}
    check_close(solution.predict_boosting(model, np.array([[0.0], [1.0]])), np.array([0.8, 1.3]),
                call="predict_boosting({'f0': 1.0, 'learning_rate': 0.1, 'stumps': [(0, 0.5, -2.0, 3.0)]}, "
                     "[[0.0], [1.0]])", **tol)
