"""Visible examples for sigmoid and log_sigmoid (what `drill test` runs)."""

import numpy as np

from support import check_values, oracle

X = np.array([-2.0, 0.0, 3.0])
HUGE = np.array([-1e4, 1e4])


def test_example_small_values(solution, tol):
    """sigmoid([-2, 0, 3]) = [0.1192, 0.5, 0.9526]; log_sigmoid([-2, 0, 3]) = [-2.1269, -0.6931, -0.0486]."""
    check_values(solution.sigmoid(X.copy()), oracle("sigmoid", X), call="sigmoid(array([-2., 0., 3.]))", **tol)
    check_values(solution.log_sigmoid(X.copy()), oracle("log_sigmoid", X),
                 call="log_sigmoid(array([-2., 0., 3.]))", **tol)


def test_example_huge_values(solution, tol):
    """sigmoid([-1e4, 1e4]) = [0, 1]; log_sigmoid([-1e4, 1e4]) = [-1e4, -0] (finite, no nan)."""
    check_values(solution.sigmoid(HUGE.copy()), np.array([0.0, 1.0]), call="sigmoid(array([-1e4, 1e4]))", **tol)
    check_values(solution.log_sigmoid(HUGE.copy()), np.array([-1e4, -0.0]),
                 call="log_sigmoid(array([-1e4, 1e4]))", **tol)


def test_example_tiny_log_probability(solution, tol):
    """log_sigmoid(40) = -4.248354255291589e-18, not 0 (log1p keeps it)."""
    x = np.array([40.0])
    check_values(solution.log_sigmoid(x.copy()), oracle("log_sigmoid", x), call="log_sigmoid(array([40.]))", **tol)
