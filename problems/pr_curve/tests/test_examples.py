"""Visible examples for pr_curve (what `drill test` runs)."""

import numpy as np
from support import check_curve, check_float, check_threshold

SCORES = np.array([0.9, 0.8, 0.8, 0.3, 0.1])
LABELS = np.array([1, 0, 1, 1, 0])
CALL = "(scores=[0.9, 0.8, 0.8, 0.3, 0.1], labels=[1, 0, 1, 1, 0]"


def test_example_curve(solution, tol):
    want = ([1.0, 2 / 3, 0.75, 0.6], [1 / 3, 2 / 3, 1.0, 1.0], [0.9, 0.8, 0.3, 0.1])
    check_curve(solution.pr_curve(SCORES, LABELS), want, f"pr_curve{CALL})", tol)


def test_example_average_precision(solution, tol):
    check_float(solution.average_precision(SCORES, LABELS), 1 / 3 + 2 / 9 + 1 / 4, f"average_precision{CALL})", tol)


def test_example_best_threshold(solution, tol):
    check_threshold(solution.best_threshold(SCORES, LABELS, 1.0, 1.0), (0.3, 1.0),
                    f"best_threshold{CALL}, cost_fp=1.0, cost_fn=1.0)", tol)
    check_threshold(solution.best_threshold(SCORES, LABELS, 5.0, 1.0), (0.9, 2.0),
                    f"best_threshold{CALL}, cost_fp=5.0, cost_fn=1.0)", tol)
    check_threshold(solution.best_threshold(np.array([0.7, 0.4]), np.array([0, 1]), 2.0, 1.0), (float("inf"), 1.0),
                    "best_threshold(scores=[0.7, 0.4], labels=[0, 1], cost_fp=2.0, cost_fn=1.0)", tol)
