"""Visible examples for expected_calibration_error and apply_temperature (what `drill test` runs)."""

import numpy as np

from harness.authoring import check_close


def test_example_ece(solution, tol):
    probs = np.array([[0.9, 0.1], [0.8, 0.2], [0.75, 0.25], [0.3, 0.7]])
    labels = np.array([0, 1, 0, 1], dtype=np.int64)
    check_close(solution.expected_calibration_error(probs, labels, n_bins=4), 0.3125,
                call="expected_calibration_error([[0.9, 0.1], [0.8, 0.2], [0.75, 0.25], [0.3, 0.7]], [0, 1, 0, 1], "
                     "n_bins=4)", **tol)


def test_example_apply_temperature(solution, tol):
    want = np.array([[np.exp(1.0), 1.0]]) / (np.exp(1.0) + 1.0)
    check_close(solution.apply_temperature(np.array([[2.0, 0.0]]), 2.0), want,
                call="apply_temperature([[2.0, 0.0]], 2.0)", **tol)
