"""Visible examples for roc_auc (what `drill test` runs)."""

import numpy as np
from support import check_auc, pair_counts


def _run(solution, scores, labels, want):
    scores, labels = np.array(scores), np.array(labels, dtype=np.int64)
    check_auc(solution.roc_auc(scores, labels), want, f"roc_auc({scores.tolist()}, {labels.tolist()})",
              pair_counts(scores, labels))


def test_example_textbook(solution):
    _run(solution, [0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], 0.75)


def test_example_ties_count_half(solution):
    _run(solution, [0.5, 0.5, 0.9, 0.1], [1, 0, 1, 0], 0.875)
