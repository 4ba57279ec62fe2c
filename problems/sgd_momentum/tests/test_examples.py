"""Visible examples for SGDMomentum (what `drill test` runs)."""

import torch

from optimizers import check_trajectory, reference, run_optimizer

SQUARE = {"kind": "quadratic", "A": torch.tensor([[2.0]], dtype=torch.float64),
          "b": torch.tensor([0.0], dtype=torch.float64), "x0": torch.tensor([1.0], dtype=torch.float64)}


def test_example_three_steps_on_p_squared(worker, tol):
    """loss = p**2 from p = 1 with lr=0.1, momentum=0.9: p goes 0.8, 0.46, 0.062."""
    kwargs = {"lr": 0.1, "momentum": 0.9}
    got = worker.probe(run_optimizer, "SGDMomentum", kwargs, SQUARE, 3, label="SGDMomentum(lr=0.1, momentum=0.9)")
    want = {"trajectory": [torch.tensor([[1.0], [0.8], [0.46], [0.062]], dtype=torch.float64)]}
    check_trajectory(got, want, call="SGDMomentum(lr=0.1, momentum=0.9) on loss = p**2", **tol)


def test_example_matches_torch_sgd(worker, tol):
    """20 steps with momentum, weight decay and nesterov equal torch.optim.SGD's, step by step."""
    problem = {"kind": "quadratic", "A": torch.tensor([[3.0, 1.0], [1.0, 2.0]], dtype=torch.float64),
               "b": torch.tensor([1.0, -1.0], dtype=torch.float64),
               "x0": torch.tensor([2.0, -3.0], dtype=torch.float64)}
    kwargs = {"lr": 0.05, "momentum": 0.9, "weight_decay": 0.01, "nesterov": True}
    call = "SGDMomentum(lr=0.05, momentum=0.9, weight_decay=0.01, nesterov=True) on a quadratic"
    got = worker.probe(run_optimizer, "SGDMomentum", kwargs, problem, 20, label=call)
    check_trajectory(got, reference("SGD", "SGDMomentum", kwargs, problem, 20), call=call, **tol)


def test_example_skips_parameters_without_gradient(worker, tol):
    """A parameter that never takes part in the loss (its .grad stays None) never moves."""
    problem = {"kind": "intermittent", "a0": torch.ones(4, dtype=torch.float64),
               "c0": torch.full((3,), 0.5, dtype=torch.float64), "idle0": torch.ones(2, 2, dtype=torch.float64),
               "a_target": torch.zeros(4, dtype=torch.float64), "a_scale": torch.ones(4, dtype=torch.float64)}
    kwargs = {"lr": 0.02, "momentum": 0.9, "weight_decay": 0.1}
    call = "SGDMomentum(lr=0.02, momentum=0.9, weight_decay=0.1) with an unused parameter"
    got = worker.probe(run_optimizer, "SGDMomentum", kwargs, problem, 6, label=call)
    check_trajectory(got, reference("SGD", "SGDMomentum", kwargs, problem, 6), call=call, **tol)
