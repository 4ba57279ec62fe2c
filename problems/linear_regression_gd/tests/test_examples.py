"""Visible examples for fit (what `drill test` runs): optimality is checked as in grading."""

import torch
from support import check_fit

from harness.authoring import check_close

X = torch.tensor([[-1.0], [0.0], [1.0]], dtype=torch.float64)
Y = torch.tensor([1.0, 3.0, 5.0], dtype=torch.float64)


def test_example_line(solution):
    check_fit(solution.fit(X, Y, lr=0.1, steps=500), X, Y, call="fit(X=[[-1], [0], [1]], y=[1, 3, 5])")


def test_example_zero_steps(solution):
    w, b = solution.fit(X, Y, lr=0.1, steps=0)
    check_close(w, torch.zeros(1, dtype=torch.float64), call="fit(X, y, steps=0)[0]")
    check_close(b, torch.zeros((), dtype=torch.float64), call="fit(X, y, steps=0)[1]")


def test_example_one_point_gives_minimum_norm(solution, tol):
    x, y = torch.tensor([[2.0]], dtype=torch.float64), torch.tensor([5.0], dtype=torch.float64)
    check_fit(solution.fit(x, y, lr=0.1, steps=500), x, y, call="fit(X=[[2]], y=[5])", min_norm=True, tol=tol)
