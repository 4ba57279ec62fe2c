"""Visible examples for the activations and their derivatives (what `drill test` runs)."""

import pytest
import torch
from support import torch_value_and_grad

from harness.authoring import check_close

X = torch.tensor([-2.0, 0.0, 1.0], dtype=torch.float64)
CASES = [("tanh", {}), ("leaky_relu", {"negative_slope": 0.1}), ("elu", {"alpha": 2.0}), ("gelu", {})]


@pytest.mark.parametrize(("name", "kwargs"), CASES, ids=[c[0] for c in CASES])
def test_example(solution, tol, name, kwargs):
    value, grad = torch_value_and_grad(name, X, kwargs)
    args = "".join(f", {k}={v}" for k, v in kwargs.items())
    check_close(getattr(solution, name)(X, **kwargs), value, call=f"{name}(tensor([-2., 0., 1.]){args})", **tol)
    check_close(getattr(solution, name + "_grad")(X, **kwargs), grad,
                call=f"{name}_grad(tensor([-2., 0., 1.]){args})", **tol)


def test_example_tanh_large(solution, tol):
    x = torch.tensor([1e4, -1e4], dtype=torch.float64)
    check_close(solution.tanh(x), torch.tensor([1.0, -1.0], dtype=torch.float64), call="tanh(tensor([1e4, -1e4]))",
                **tol)
