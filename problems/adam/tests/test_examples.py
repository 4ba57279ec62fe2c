"""Visible examples for Adam (what `drill test` runs)."""

import torch

from optimizers import check_trajectory, reference, run_optimizer

def f64(values):
    return torch.tensor(values, dtype=torch.float64)


def test_example_three_steps_on_p_squared(worker, tol):
    """loss = p**2 from p = 1 with lr=0.1 and default betas, eps: p goes 0.9000000005, 0.80041, 0.70159."""
    square = {"kind": "quadratic", "A": f64([[2.0]]), "b": f64([0.0]), "x0": f64([1.0])}
    got = worker.probe(run_optimizer, "Adam", {"lr": 0.1}, square, 3, label="Adam(lr=0.1)")
    want = {"trajectory": [f64([[1.0], [0.9000000005], [0.8004122286917927], [0.7015862729460302]])]}
    check_trajectory(got, want, call="Adam(lr=0.1) on loss = p**2", **tol)


def test_example_matches_torch_adam(worker, tol):
    """20 steps with custom betas, eps and weight decay equal torch.optim.Adam's, step by step."""
    problem = {"kind": "quadratic", "A": f64([[3.0, 1.0], [1.0, 2.0]]), "b": f64([1.0, -1.0]),
               "x0": f64([2.0, -3.0])}
    kwargs = {"lr": 0.05, "betas": (0.8, 0.99), "eps": 1e-6, "weight_decay": 0.01}
    call = "Adam(lr=0.05, betas=(0.8, 0.99), eps=1e-06, weight_decay=0.01) on a quadratic"
    got = worker.probe(run_optimizer, "Adam", kwargs, problem, 20, label=call)
    check_trajectory(got, reference("Adam", "Adam", kwargs, problem, 20), call=call, **tol)


def test_example_zero_gradient_does_not_move(worker, tol):
    """A coordinate whose gradient is exactly 0 stays where it is (0 / (sqrt(0) + eps) = 0, no nan)."""
    problem = {"kind": "quadratic", "A": f64([[1.0, 0.0], [0.0, 1.0]]), "b": f64([0.0, 0.0]),
               "x0": f64([1.0, 0.0])}
    call = "Adam(lr=0.1) on loss = (x**2 + y**2) / 2 from (1, 0)"
    got = worker.probe(run_optimizer, "Adam", {"lr": 0.1}, problem, 5, label=call)
    check_trajectory(got, reference("Adam", "Adam", {"lr": 0.1}, problem, 5), call=call, **tol)
