"""Visible examples for conv2d (what `drill test` runs)."""

import numpy as np

from harness.authoring import check_close

X = np.arange(16.0).reshape(1, 1, 4, 4)
W = np.array([[[[1.0, 0.0], [0.0, -1.0]]]])
B = np.array([0.5])


def test_example_forward(solution, tol):
    check_close(solution.conv2d_forward(X, W, B), np.full((1, 1, 3, 3), -4.5),
                call="conv2d_forward(x, w, b)", **tol)


def test_example_stride_and_padding(solution, tol):
    want = np.array([[[[0.5, -1.5, 0.5], [-7.5, -4.5, 7.5], [0.5, 13.5, 15.5]]]])
    check_close(solution.conv2d_forward(X, W, B, stride=2, padding=1), want,
                call="conv2d_forward(x, w, b, stride=2, padding=1)", **tol)


def test_example_max_pool(solution, tol):
    check_close(solution.max_pool2d(X, 2), np.array([[[[5.0, 7.0], [13.0, 15.0]]]]), call="max_pool2d(x, 2)", **tol)


def test_example_backward(solution, tol):
    dx, dw, db = solution.conv2d_backward(np.ones((1, 1, 3, 3)), X, W)
    check_close(db, np.array([9.0]), call="db from conv2d_backward(ones, x, w)", **tol)
    check_close(dw, np.array([[[[45.0, 54.0], [81.0, 90.0]]]]), call="dw from conv2d_backward(ones, x, w)", **tol)
