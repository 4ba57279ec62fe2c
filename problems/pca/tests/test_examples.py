"""Visible examples for pca (what `drill test` runs)."""

import numpy as np
from support import check_answer


def test_example_axis_aligned(solution, tol):
    X = np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]])
    check_answer(solution.pca(X, 2), np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([8 / 3, 2 / 3]),
                 "pca(X=[[2, 0], [0, 1], [-2, 0], [0, -1]], k=2)", tol, n=4)


def test_example_diagonal_line(solution, tol):
    X = np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
    check_answer(solution.pca(X, 1), np.array([[1.0, 1.0]]) / np.sqrt(2.0), np.array([2.0]),
                 "pca(X=[[1, 1], [2, 2], [3, 3]], k=1)", tol, n=3)
