"""Visible examples for focal_loss (what `drill test` runs)."""

import torch
import torch.nn.functional as F

from harness.authoring import check_close

f64 = torch.float64
Z = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], dtype=f64)
T = torch.tensor([0, 2])
CALL = "focal_loss(tensor([[2., 1., 0.1], [0.5, 2.5, -1.]]), tensor([0, 2])"


def test_example_gamma_2(solution, tol):
    check_close(solution.focal_loss(Z, T, gamma=2.0), torch.tensor(1.7574124557350297, dtype=f64),
                call=f"{CALL}, gamma=2.0)", **tol)


def test_example_gamma_0_is_cross_entropy(solution, tol):
    check_close(solution.focal_loss(Z, T, gamma=0.0), F.cross_entropy(Z, T), call=f"{CALL}, gamma=0.0)", **tol)


def test_example_alpha_and_large_logits(solution, tol):
    alpha = torch.tensor([0.25, 0.5, 1.0], dtype=f64)
    check_close(solution.focal_loss(Z, T, gamma=2.0, alpha=alpha), torch.tensor(1.7392278269571446, dtype=f64),
                call=f"{CALL}, gamma=2.0, alpha=tensor([0.25, 0.5, 1.]))", **tol)
    big = torch.tensor([[1e4, 0.0, -1e4], [1e4, 0.0, -1e4]], dtype=f64)
    check_close(solution.focal_loss(big, T.new_tensor([0, 2])), torch.tensor(1e4, dtype=f64),
                call="focal_loss(tensor([[1e4, 0., -1e4], [1e4, 0., -1e4]]), tensor([0, 2]))", **tol)
