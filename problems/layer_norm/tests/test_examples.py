"""Visible examples for layer_norm_forward and layer_norm_backward (what `drill test` runs)."""

import numpy as np
from support import check_grads

from harness.authoring import check_close

X = np.array([[1.0, 2.0, 3.0], [2.0, 2.0, 2.0]])
GAMMA, BETA = np.array([1.0, 1.0, 2.0]), np.array([0.0, 0.5, 0.0])


def test_example_forward(solution, tol):
    """Row 0 has mean 2 and biased variance 2/3; row 1 is constant, so y = beta."""
    s = np.sqrt(2 / 3 + 1e-5)
    want = np.array([[-1 / s, 0.5, 2 / s], [0.0, 0.5, 0.0]])
    check_close(solution.layer_norm_forward(X, GAMMA, BETA), want, call="layer_norm_forward(x, gamma, beta)", **tol)


def test_example_backward_dbeta(solution, tol):
    """dy of all ones: dbeta sums dy over the batch; dx is 0 when gamma is constant along the row."""
    got = solution.layer_norm_backward(X, np.ones(3), np.ones((2, 3)))
    want = (np.zeros((2, 3)), np.array([-1 / np.sqrt(2 / 3 + 1e-5), 0.0, 1 / np.sqrt(2 / 3 + 1e-5)]),
            np.array([2.0, 2.0, 2.0]))
    check_grads(got, want, call="layer_norm_backward(x, ones(3), ones((2, 3)))", **tol)
