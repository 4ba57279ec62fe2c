"""Hidden tests for the activations and their derivatives: float64 values against torch's own
activations and derivatives against autograd, a grid through 0, +-1e4 / +-1000 / +-40, central
differences of the solution's own functions, parameters and defaults, float32, 0-d, empty."""

import pytest
import torch
from support import ACTIVATIONS, finite_differences, torch_value_and_grad

from harness.authoring import check, check_close, check_finite, fact

PARAMS = {"tanh": {}, "leaky_relu": {"negative_slope": 0.2}, "elu": {"alpha": 1.7}, "gelu": {}}


def check_both(solution, name, x, kwargs, tol, what):
    value, grad = torch_value_and_grad(name, x, kwargs)
    args = "".join(f", {k}={v}" for k, v in kwargs.items())
    got = getattr(solution, name)(x, **kwargs)
    check_close(got, value, call=f"{name}({what}{args})", **tol)
    got_grad = getattr(solution, name + "_grad")(x, **kwargs)
    check_close(got_grad, grad, call=f"{name}_grad({what}{args})", **tol)
    return got, got_grad


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_random_inputs(solution, np_rng, tol, name):
    """Values and derivatives on random inputs of shape (6, 7), with non-default parameters."""
    x = torch.from_numpy(np_rng.normal(size=(6, 7)) * 3.0)
    check_both(solution, name, x, PARAMS[name], tol, "x of shape (6, 7)")


@pytest.mark.parametrize("name", ["leaky_relu", "elu"])
def test_defaults(solution, np_rng, tol, name):
    """negative_slope = 0.01 and alpha = 1.0 when not given."""
    x = torch.from_numpy(np_rng.normal(size=20) * 2.0)
    check_both(solution, name, x, {}, tol, "x of shape (20,)")


def test_derivatives_match_finite_differences(worker, np_rng):
    """Each *_grad agrees with central differences of your own activation (away from 0)."""
    x = torch.from_numpy(np_rng.uniform(0.05, 4.0, size=30) * np_rng.choice([-1.0, 1.0], size=30))
    # |x| >= 0.05 > h keeps every difference on one side of the kinks; with h = 1e-6 the truncation
    # error h^2 |f'''| / 6 is below 1e-12 and rounding 1e-16 |f| / h below 1e-9 for |x| <= 4.
    reply = worker.probe(finite_differences, x, 1e-6, label="central differences of each activation")
    for name in ACTIVATIONS:
        check_close(reply[name]["analytic"], reply[name]["numeric"],
                    call=f"{name}_grad(x) against central differences of your {name}", rtol=1e-6, atol=1e-7)


@pytest.mark.edge
@pytest.mark.parametrize("name", ACTIVATIONS)
def test_grid_through_zero(solution, tol, name):
    """A grid from -3 to 3 in steps of 0.1, with 0 itself: torch's conventions at the kink."""
    x = torch.linspace(-3.0, 3.0, 61, dtype=torch.float64)
    x[30] = 0.0
    check_both(solution, name, x, PARAMS[name], tol, "linspace(-3, 3, 61)")


@pytest.mark.edge
@pytest.mark.parametrize("name", ACTIVATIONS)
def test_large_inputs(solution, tol, name):
    """+-1e4, +-1000 and +-40: finite, and the correct limits (no overflow to inf or nan)."""
    huge = float(fact("huge"))
    x = torch.tensor([huge, -huge, 1000.0, -1000.0, 40.0, -40.0], dtype=torch.float64)
    what = f"tensor([{huge:g}, -{huge:g}, 1000, -1000, 40, -40])"
    for kwargs in (PARAMS[name], {}):
        value, grad = torch_value_and_grad(name, x, kwargs)
        got = getattr(solution, name)(x, **kwargs)
        check_finite(got, call=f"{name}({what})")
        check_close(got, value, call=f"{name}({what})", **tol)
        got_grad = getattr(solution, name + "_grad")(x, **kwargs)
        check_finite(got_grad, call=f"{name}_grad({what})")
        check_close(got_grad, grad, call=f"{name}_grad({what})", **tol)


@pytest.mark.edge
@pytest.mark.parametrize("name", ACTIVATIONS)
def test_float32_scalar_and_empty(solution, np_rng, name):
    """float32 in, float32 out; a 0-d tensor stays 0-d; an empty tensor stays empty."""
    x = torch.from_numpy(np_rng.normal(size=(3, 4)) * 2.0).float()
    check_both(solution, name, x, PARAMS[name], {"rtol": 1e-5, "atol": 1e-6}, "float32 x of shape (3, 4)")
    check_both(solution, name, torch.tensor(-0.7, dtype=torch.float64), PARAMS[name],
               {"rtol": 1e-9, "atol": 1e-12}, "tensor(-0.7)")
    check_both(solution, name, torch.zeros(0, 5, dtype=torch.float64), PARAMS[name],
               {"rtol": 1e-9, "atol": 1e-12}, "an empty tensor of shape (0, 5)")


def _aliasing(module, x):
    import torch

    before = x.clone()
    findings = []
    for name in ("tanh", "leaky_relu", "elu", "gelu"):
        for fn in (name, name + "_grad"):
            out = getattr(module, fn)(x)
            if not torch.equal(x, before):
                findings.append(f"{fn} modified its input")
                x.copy_(before)
            elif out.data_ptr() == x.data_ptr():
                findings.append(f"{fn} returned its input tensor")
    return findings


@pytest.mark.edge
def test_new_tensors(worker, np_rng):
    """Every function returns a new tensor and leaves its input unchanged."""
    x = torch.from_numpy(np_rng.normal(size=12) * 2.0)
    x[0] = 0.5  # a positive entry, which leaky_relu and elu pass through unchanged
    found = worker.probe(_aliasing, x, label="each function called on x")
    check(not found, lambda: "; ".join(found) + ": return a new tensor and leave x as it was")
