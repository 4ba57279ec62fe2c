"""Visible examples for label_smoothing_cross_entropy (what `drill test` runs)."""

import torch

from harness.authoring import check_close

LOGITS = torch.tensor([[2.0, 0.0, 0.0], [0.0, 0.0, 0.0]], dtype=torch.float64)
TARGETS = torch.tensor([0, -100])


def test_example_plain(solution, tol):
    """Only row 0 counts: -log p_0."""
    two = torch.tensor(2.0, dtype=torch.float64)
    want = -torch.log(torch.exp(two) / (torch.exp(two) + 2))
    check_close(solution.label_smoothing_cross_entropy(LOGITS, TARGETS), want,
                call="label_smoothing_cross_entropy(logits, tensor([0, -100]))", **tol)


def test_example_smoothed(solution, tol):
    """eps = 0.3: 0.7 * (-log p_0) + 0.1 * (sum over the 3 classes of -log p_k)."""
    nll = -torch.log(torch.softmax(LOGITS[0], 0))
    want = 0.7 * nll[0] + 0.1 * nll.sum()
    check_close(solution.label_smoothing_cross_entropy(LOGITS, TARGETS, smoothing=0.3), want,
                call="label_smoothing_cross_entropy(logits, tensor([0, -100]), smoothing=0.3)", **tol)


def test_example_all_ignored(solution, tol):
    check_close(solution.label_smoothing_cross_entropy(LOGITS, torch.tensor([-100, -100])),
                torch.tensor(0.0, dtype=torch.float64),
                call="label_smoothing_cross_entropy(logits, tensor([-100, -100]))", **tol)
