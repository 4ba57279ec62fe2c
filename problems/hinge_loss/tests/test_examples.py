"""Visible examples for hinge_loss and multiclass_hinge_loss (what `drill test` runs)."""

import numpy as np
from support import check_binary, check_multiclass


def test_example_binary(solution, tol):
    scores, y = np.array([2.0, 0.5, -0.5, 1.0]), np.array([1, 1, 1, -1])
    check_binary(solution.hinge_loss(scores, y), 1.0, np.array([0.0, -0.25, -0.25, 0.25]), scores, y,
                 "hinge_loss([2., 0.5, -0.5, 1.], [1, 1, 1, -1])", tol)


def test_example_binary_kink(solution, tol):
    scores, y = np.array([1.0, -3.0]), np.array([1, -1])
    check_binary(solution.hinge_loss(scores, y), 0.0, np.array([0.0, 0.0]), scores, y,
                 "hinge_loss([1., -3.], [1, -1])", tol)


def test_example_multiclass(solution, tol):
    scores, y = np.array([[1.0, 2.0, 0.5], [3.0, 0.0, 1.0]]), np.array([0, 0])
    check_multiclass(solution.multiclass_hinge_loss(scores, y), 1.0,
                     np.array([[-0.5, 0.5, 0.0], [0.0, 0.0, 0.0]]), scores, y,
                     "multiclass_hinge_loss([[1., 2., 0.5], [3., 0., 1.]], [0, 0])", tol)
