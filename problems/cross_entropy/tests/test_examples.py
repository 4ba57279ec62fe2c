"""Visible examples for cross_entropy (what `drill test` runs)."""

import torch
import torch.nn.functional as F

from harness.authoring import check_close

f64 = torch.float64


def test_example_small(solution, tol):
    z = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], dtype=f64)
    t = torch.tensor([0, 2])
    check_close(solution.cross_entropy(z, t), F.cross_entropy(z, t),
                call="cross_entropy(tensor([[2., 1., 0.1], [0.5, 2.5, -1.]]), tensor([0, 2]))", **tol)


def test_example_large_logits(solution, tol):
    z = torch.tensor([[1e4, 0.0, -1e4], [0.0, 0.0, 0.0]], dtype=f64)
    t = torch.tensor([2, 1])
    check_close(solution.cross_entropy(z, t), F.cross_entropy(z, t),
                call="cross_entropy(tensor([[1e4, 0., -1e4], [0., 0., 0.]]), tensor([2, 1]))", **tol)


def test_example_ignore_index(solution, tol):
    z = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0], [3.0, -3.0, 0.0]], dtype=f64)
    t = torch.tensor([0, -100, 1])
    check_close(solution.cross_entropy(z, t), F.cross_entropy(z, t),
                call="cross_entropy(tensor([[2., 1., 0.1], [0.5, 2.5, -1.], [3., -3., 0.]]), tensor([0, -100, 1]))",
                **tol)
