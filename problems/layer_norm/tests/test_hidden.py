"""Hidden tests for layer_norm_forward and layer_norm_backward: float64 against
torch.nn.functional.layer_norm and torch autograd on 1-, 2- and 3-D inputs, finite differences on
the solution's own forward, D = 1, constant rows, large offsets, eps, untouched inputs."""

import pytest
import torch
import torch.nn.functional as F
from support import check_grads, finite_differences

from harness.authoring import check, check_close, fact


def torch_forward(x, gamma, beta, eps=1e-5):
    return F.layer_norm(torch.from_numpy(x), (x.shape[-1],), torch.from_numpy(gamma), torch.from_numpy(beta),
                        eps).numpy()


def torch_backward(x, gamma, dy, eps=1e-5):
    tx = torch.from_numpy(x.copy()).requires_grad_(True)
    tg = torch.from_numpy(gamma.copy()).requires_grad_(True)
    tb = torch.zeros(x.shape[-1], dtype=torch.float64, requires_grad=True)
    F.layer_norm(tx, (x.shape[-1],), tg, tb, eps).backward(torch.from_numpy(dy.copy()))
    return tx.grad.numpy(), tg.grad.numpy(), tb.grad.numpy()


def inputs(np_rng, shape):
    """Rows of different means and scales, and random gamma, beta, dy."""
    d = shape[-1]
    x = np_rng.normal(size=shape) * np_rng.uniform(0.5, 3.0, size=shape[:-1] + (1,)) \
        + np_rng.normal(0.0, 2.0, size=shape[:-1] + (1,))
    return x, np_rng.normal(size=d), np_rng.normal(size=d), np_rng.normal(size=shape)


SHAPES = [(7,), (4, 5), (2, 3, 6)]  # no leading axis, one, two


@pytest.mark.parametrize("shape", SHAPES, ids=["-".join(map(str, s)) for s in SHAPES])
def test_forward(solution, np_rng, tol, shape):
    """Each vector along the last axis normalised with its own mean and biased variance."""
    x, gamma, beta, _ = inputs(np_rng, shape)
    check_close(solution.layer_norm_forward(x, gamma, beta, eps=1e-3), torch_forward(x, gamma, beta, 1e-3),
                call=f"layer_norm_forward(x {shape}, gamma, beta, eps=1e-3)", **tol)


@pytest.mark.parametrize("shape", SHAPES, ids=["-".join(map(str, s)) for s in SHAPES])
def test_backward_matches_autograd(solution, np_rng, tol, shape):
    """dx, dgamma (summed over leading axes) and dbeta equal torch autograd's gradients."""
    x, gamma, _, dy = inputs(np_rng, shape)
    check_grads(solution.layer_norm_backward(x, gamma, dy, eps=1e-3), torch_backward(x, gamma, dy, 1e-3),
                call=f"layer_norm_backward(x {shape}, gamma, dy, eps=1e-3)", **tol)


def test_backward_matches_finite_differences(worker, np_rng):
    """Your backward agrees with central differences of sum(y * dy) on your own forward."""
    x, gamma, beta, dy = inputs(np_rng, (3, 5))
    call = "layer_norm_backward(x (3, 5), gamma, dy)"
    # h = 1e-6: truncation error ~ h^2 |L'''| ~ 1e-11 and rounding ~ 1e-16 |L| / h ~ 1e-9 for these
    # unit-scale inputs, far inside the 1e-6 allowed; a missing term of the backward is off by O(1).
    reply = worker.probe(finite_differences, x, gamma, beta, dy, 1e-6, label=f"finite differences around {call}")
    check_grads(reply["analytic"], reply["numeric"], call=f"{call} (against finite differences)",
                rtol=1e-6, atol=1e-6)


def test_default_eps(solution, np_rng, tol):
    """eps = 1e-5 when not given (a row of small spread makes it visible)."""
    x, gamma, beta, dy = inputs(np_rng, (3, 4))
    x[1] = 1.0 + np_rng.normal(size=4) * 1e-3
    check_close(solution.layer_norm_forward(x, gamma, beta), torch_forward(x, gamma, beta),
                call="layer_norm_forward(x, gamma, beta)", **tol)
    check_grads(solution.layer_norm_backward(x, gamma, dy), torch_backward(x, gamma, dy),
                call="layer_norm_backward(x, gamma, dy)", **tol)


@pytest.mark.edge
def test_one_feature(solution, np_rng, tol):
    """D = 1: y = beta and dx = 0."""
    x, gamma, beta, dy = inputs(np_rng, (5, 1))
    check_close(solution.layer_norm_forward(x, gamma, beta), torch_forward(x, gamma, beta),
                call="layer_norm_forward(x (5, 1), gamma, beta)", **tol)
    check_grads(solution.layer_norm_backward(x, gamma, dy), torch_backward(x, gamma, dy),
                call="layer_norm_backward(x (5, 1), gamma, dy)", **tol)


@pytest.mark.edge
def test_constant_rows(solution, np_rng, tol):
    """Constant rows: y = beta there, finite gradients."""
    x, gamma, beta, dy = inputs(np_rng, (4, 6))
    x[0] = 3.0
    x[2] = -1.5
    check_close(solution.layer_norm_forward(x, gamma, beta), torch_forward(x, gamma, beta),
                call="layer_norm_forward(x with constant rows 0 and 2, gamma, beta)", **tol)
    check_grads(solution.layer_norm_backward(x, gamma, dy), torch_backward(x, gamma, dy),
                call="layer_norm_backward(x with constant rows 0 and 2, gamma, dy)", **tol)


@pytest.mark.edge
def test_large_offset(solution, np_rng, tol):
    """Rows around a million with a spread of about 1: the variance must not lose its digits."""
    x, gamma, beta, dy = inputs(np_rng, (4, 8))
    x = x + fact("offset")
    call = f"layer_norm_forward(x + {fact('offset'):,}, gamma, beta)"
    check_close(solution.layer_norm_forward(x, gamma, beta), torch_forward(x, gamma, beta), call=call, **tol)
    check_grads(solution.layer_norm_backward(x, gamma, dy), torch_backward(x, gamma, dy),
                call=call.replace("forward", "backward").replace("beta", "dy"), **tol)


def _inputs_modified(module, x, gamma, beta, dy):
    import numpy as np

    arrays = {"x": x, "gamma": gamma, "beta": beta, "dy": dy}
    before = {name: a.copy() for name, a in arrays.items()}
    module.layer_norm_forward(x, gamma, beta)
    module.layer_norm_backward(x, gamma, dy)
    return [name for name, a in arrays.items() if not np.array_equal(a, before[name])]


@pytest.mark.edge
def test_inputs_not_modified(worker, np_rng):
    """layer_norm_forward and layer_norm_backward leave their inputs as they were."""
    changed = worker.probe(_inputs_modified, *inputs(np_rng, (3, 4)), label="layer_norm_forward then backward")
    check(not changed, lambda: f"your functions modified {', '.join(changed)} in place; compute into new arrays")
