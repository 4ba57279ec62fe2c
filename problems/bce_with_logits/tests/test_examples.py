"""Visible examples for bce_with_logits (what `drill test` runs)."""

import torch
import torch.nn.functional as F

from harness.authoring import check_close

f64 = torch.float64


def test_example_mixed_labels(solution, tol):
    z = torch.tensor([2.0, -1.0, 0.0], dtype=f64)
    y = torch.tensor([1.0, 0.0, 0.5], dtype=f64)
    check_close(solution.bce_with_logits(z, y), F.binary_cross_entropy_with_logits(z, y),
                call="bce_with_logits(tensor([2., -1., 0.]), tensor([1., 0., 0.5]))", **tol)


def test_example_large_logits(solution, tol):
    z = torch.tensor([1e4, -1e4, 1e4], dtype=f64)
    y = torch.tensor([1.0, 0.0, 0.0], dtype=f64)
    check_close(solution.bce_with_logits(z, y), torch.tensor(1e4 / 3, dtype=f64),
                call="bce_with_logits(tensor([1e4, -1e4, 1e4]), tensor([1., 0., 0.]))", **tol)


def test_example_pos_weight(solution, tol):
    z = torch.tensor([[0.5, -2.0], [3.0, 1.0]], dtype=f64)
    y = torch.tensor([[1.0, 0.0], [0.0, 1.0]], dtype=f64)
    w = torch.tensor([3.0, 1.0], dtype=f64)
    check_close(solution.bce_with_logits(z, y, pos_weight=w), F.binary_cross_entropy_with_logits(z, y, pos_weight=w),
                call="bce_with_logits(tensor([[0.5, -2.], [3., 1.]]), tensor([[1., 0.], [0., 1.]]), "
                     "pos_weight=tensor([3., 1.]))", **tol)
