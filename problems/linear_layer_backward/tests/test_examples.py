"""Visible examples for forward and backward of relu(x @ W + b) (what `drill test` runs)."""

import numpy as np

from harness.authoring import check_close
from support import check_grads

X = np.array([[1.0, 2.0], [-1.0, 0.5]])
W = np.array([[1.0, -1.0, 0.5], [0.5, 1.0, -2.0]])
B = np.array([0.0, 0.5, 1.0])


def test_example_forward(solution, tol):
    """Pre-activations [[2, 1.5, -2.5], [-0.75, 2, -0.5]] clip to [[2, 1.5, 0], [0, 2, 0]]."""
    check_close(solution.forward(X, W, B), np.array([[2.0, 1.5, 0.0], [0.0, 2.0, 0.0]]),
                call="forward(x, W, b) for the 2x2 example", **tol)


def test_example_backward(solution, tol):
    """With dy all ones, the gradient flows only where the pre-activation is positive."""
    want = (np.array([[0.0, 1.5], [-1.0, 1.0]]), np.array([[1.0, 0.0, 0.0], [2.0, 2.5, 0.0]]),
            np.array([1.0, 2.0, 0.0]))
    check_grads(solution.backward(X, W, B, np.ones((2, 3))), want, call="backward(x, W, b, dy=ones)", **tol)


def test_example_relu_at_zero(solution, tol):
    """A pre-activation of exactly 0 passes no gradient (ReLU's slope at 0 is taken as 0)."""
    x, w, b, dy = np.array([[1.0]]), np.array([[1.0]]), np.array([-1.0]), np.array([[5.0]])
    want = (np.zeros((1, 1)), np.zeros((1, 1)), np.zeros(1))
    check_grads(solution.backward(x, w, b, dy), want, call="backward([[1.]], [[1.]], [-1.], [[5.]])", **tol)
