"""Visible examples for huber_loss (what `drill test` runs)."""

import torch

from harness.authoring import check_close

f64 = torch.float64


def test_example_default_delta(solution, tol):
    got = solution.huber_loss(torch.tensor([0.5, 3.0, -2.0], dtype=f64), torch.zeros(3, dtype=f64))
    check_close(got, torch.tensor(1.375, dtype=f64), call="huber_loss(tensor([0.5, 3., -2.]), zeros(3))", **tol)


def test_example_delta_2(solution, tol):
    pred = torch.tensor([[1.0, 4.0], [0.0, -0.5]], dtype=f64)
    target = torch.tensor([[0.0, 0.0], [2.5, 0.0]], dtype=f64)
    check_close(solution.huber_loss(pred, target, delta=2.0), torch.tensor(2.40625, dtype=f64),
                call="huber_loss(tensor([[1., 4.], [0., -0.5]]), tensor([[0., 0.], [2.5, 0.]]), delta=2.0)", **tol)


def test_example_at_the_boundary(solution, tol):
    got = solution.huber_loss(torch.tensor([1.5, -1.5], dtype=f64), torch.zeros(2, dtype=f64), delta=1.5)
    check_close(got, torch.tensor(1.125, dtype=f64), call="huber_loss(tensor([1.5, -1.5]), zeros(2), delta=1.5)",
                **tol)
