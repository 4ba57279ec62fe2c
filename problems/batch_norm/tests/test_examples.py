"""Visible examples for batch_norm_forward and batch_norm_backward (what `drill test` runs)."""

import numpy as np
from support import check_three

X = np.array([[1.0, 2.0], [3.0, 2.0], [5.0, 2.0]])
GAMMA, BETA = np.array([1.0, 2.0]), np.array([0.0, 1.0])
NAMES = ("y", "new_running_mean", "new_running_var")


def test_example_training(solution, tol):
    """Biased variance to normalise, unbiased into the running variance; a constant feature gives beta."""
    s = np.sqrt(8 / 3 + 1e-5)
    want = (np.array([[-2 / s, 1.0], [0.0, 1.0], [2 / s, 1.0]]), np.array([0.3, 0.2]), np.array([1.3, 0.9]))
    got = solution.batch_norm_forward(X, GAMMA, BETA, np.zeros(2), np.ones(2), True)
    check_three(got, want, NAMES, call="batch_norm_forward(x, gamma, beta, zeros, ones, training=True)", **tol)


def test_example_eval(solution, tol):
    """Eval mode uses the running statistics only and returns them unchanged."""
    rm, rv = np.array([0.3, 0.2]), np.array([1.3, 0.9])
    want = (GAMMA * (X - rm) / np.sqrt(rv + 1e-5) + BETA, rm, rv)
    got = solution.batch_norm_forward(X, GAMMA, BETA, rm, rv, False)
    check_three(got, want, NAMES, call="batch_norm_forward(x, gamma, beta, rm, rv, training=False)", **tol)


def test_example_backward_of_sum(solution, tol):
    """dy of all ones: dbeta = N, dgamma = sum of x_hat = 0, dx = 0 (a shift does not change y)."""
    got = solution.batch_norm_backward(X, GAMMA, np.ones((3, 2)))
    want = (np.zeros((3, 2)), np.zeros(2), np.array([3.0, 3.0]))
    check_three(got, want, ("dx", "dgamma", "dbeta"), call="batch_norm_backward(x, gamma, ones)", **tol)
