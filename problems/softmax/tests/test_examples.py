"""Visible examples for softmax and log_softmax (what `drill test` runs)."""

import pytest
import torch

from harness.authoring import check_close

X = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
BIG = torch.tensor([[1e4, 0.0], [0.0, 0.0]], dtype=torch.float64)


def test_example_softmax(solution, tol):
    check_close(solution.softmax(X), torch.softmax(X, -1), call="softmax(tensor([1., 2., 3.]))", **tol)


def test_example_log_softmax(solution, tol):
    check_close(solution.log_softmax(X), torch.log_softmax(X, -1), call="log_softmax(tensor([1., 2., 3.]))",
                **tol)


def test_example_large_logits(solution, tol):
    check_close(solution.softmax(BIG, dim=1), torch.softmax(BIG, 1),
                call="softmax(tensor([[1e4, 0.], [0., 0.]]), dim=1)", **tol)
