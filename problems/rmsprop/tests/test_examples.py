"""Visible examples for RMSprop (what `drill test` runs)."""

import torch

from optimizers import check_trajectory, reference, run_optimizer

def f64(values):
    return torch.tensor(values, dtype=torch.float64)


def test_example_three_steps_on_p_squared(worker, tol):
    """loss = p**2 from p = 1 with lr=0.01 (alpha=0.99, eps=1e-8): p goes 0.900000005, 0.83292, 0.77998."""
    square = {"kind": "quadratic", "A": f64([[2.0]]), "b": f64([0.0]), "x0": f64([1.0])}
    got = worker.probe(run_optimizer, "RMSprop", {"lr": 0.01}, square, 3, label="RMSprop(lr=0.01)")
    want = {"trajectory": [f64([[1.0], [0.9000000049999998], [0.8329179679700331], [0.7799822732436351]])]}
    check_trajectory(got, want, call="RMSprop(lr=0.01) on loss = p**2", **tol)


def test_example_matches_torch_rmsprop(worker, tol):
    """20 steps with weight decay and momentum equal torch.optim.RMSprop's, step by step."""
    problem = {"kind": "quadratic", "A": f64([[3.0, 1.0], [1.0, 2.0]]), "b": f64([1.0, -1.0]),
               "x0": f64([2.0, -3.0])}
    kwargs = {"lr": 0.01, "alpha": 0.9, "weight_decay": 0.01, "momentum": 0.5}
    call = "RMSprop(lr=0.01, alpha=0.9, weight_decay=0.01, momentum=0.5) on a quadratic"
    got = worker.probe(run_optimizer, "RMSprop", kwargs, problem, 20, label=call)
    check_trajectory(got, reference("RMSprop", "RMSprop", kwargs, problem, 20), call=call, **tol)


def test_example_zero_gradient_does_not_move(worker, tol):
    """A coordinate whose gradient is exactly 0 stays where it is (0 / (sqrt(0) + eps) = 0, no nan)."""
    problem = {"kind": "quadratic", "A": f64([[1.0, 0.0], [0.0, 1.0]]), "b": f64([0.0, 0.0]),
               "x0": f64([1.0, 0.0])}
    call = "RMSprop(lr=0.01) on loss = (x**2 + y**2) / 2 from (1, 0)"
    got = worker.probe(run_optimizer, "RMSprop", {"lr": 0.01}, problem, 5, label=call)
    check_trajectory(got, reference("RMSprop", "RMSprop", {"lr": 0.01}, problem, 5), call=call, **tol)
