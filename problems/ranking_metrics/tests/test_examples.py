"""Visible examples for ranking_metrics (what `drill test` runs)."""

import numpy as np
from support import check_metrics


def test_example(solution, tol):
    scores = [np.array([0.9, 0.2, 0.7, 0.7, 0.1]), np.array([0.5, 0.4, 0.3]), np.array([1.0, 2.0])]
    relevant = [[2, 4], [], [0]]
    check_metrics(solution.ranking_metrics(scores, relevant, 3),
                  {"precision": 1 / 3, "recall": 0.75, "map": 0.375, "mrr": 0.5},
                  "ranking_metrics([[0.9, 0.2, 0.7, 0.7, 0.1], [0.5, 0.4, 0.3], [1.0, 2.0]], [[2, 4], [], [0]], k=3)",
                  tol)
