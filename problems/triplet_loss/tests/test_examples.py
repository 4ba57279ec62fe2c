"""Visible examples for triplet_loss (what `drill test` runs)."""

import torch

from harness.authoring import check_close

f64 = torch.float64


def test_example_batch(solution, tol):
    anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0]], dtype=f64)
    positive = torch.tensor([[3.0, 4.0], [1.0, 2.0]], dtype=f64)
    negative = torch.tensor([[0.0, 5.5], [4.0, 5.0]], dtype=f64)
    check_close(solution.triplet_loss(anchor, positive, negative, margin=1.0), torch.tensor(0.25, dtype=f64),
                call="triplet_loss(tensor([[0., 0.], [1., 1.]]), tensor([[3., 4.], [1., 2.]]), "
                     "tensor([[0., 5.5], [4., 5.]]), margin=1.0)", **tol)


def test_example_satisfied_triplet_costs_zero(solution, tol):
    anchor = torch.tensor([[0.0, 0.0]], dtype=f64)
    check_close(solution.triplet_loss(anchor, torch.tensor([[0.3, 0.4]], dtype=f64),
                                      torch.tensor([[3.0, 4.0]], dtype=f64), margin=1.0),
                torch.tensor(0.0, dtype=f64),
                call="triplet_loss(tensor([[0., 0.]]), tensor([[0.3, 0.4]]), tensor([[3., 4.]]), margin=1.0)", **tol)


def test_example_coincident_points(solution, tol):
    a = torch.tensor([[0.0, 0.0]], dtype=f64)
    check_close(solution.triplet_loss(a, a.clone(), torch.tensor([[0.6, 0.8]], dtype=f64), margin=2.0),
                torch.tensor(1.0, dtype=f64),
                call="triplet_loss(tensor([[0., 0.]]), tensor([[0., 0.]]), tensor([[0.6, 0.8]]), margin=2.0)", **tol)
