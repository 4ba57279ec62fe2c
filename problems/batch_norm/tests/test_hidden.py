"""Hidden tests for batch_norm_forward and batch_norm_backward: float64 against
torch.nn.functional.batch_norm and torch autograd, a sequence of training steps, finite differences
on the solution's own forward, the N < 2 error, batches of one in eval mode, a constant feature,
large offsets, defaults, untouched inputs."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from support import check_three, finite_differences

from harness.authoring import check, expect_raises, fact

NAMES = ("y", "new_running_mean", "new_running_var")
GRADS = ("dx", "dgamma", "dbeta")


def torch_forward(x, gamma, beta, rm, rv, training, momentum=0.1, eps=1e-5):
    """(y, running_mean, running_var) from torch in float64; torch updates the statistics in place."""
    rm_t, rv_t = torch.from_numpy(rm.copy()), torch.from_numpy(rv.copy())
    y = F.batch_norm(torch.from_numpy(x), rm_t, rv_t, torch.from_numpy(gamma), torch.from_numpy(beta),
                     training=training, momentum=momentum, eps=eps)
    return y.numpy(), rm_t.numpy(), rv_t.numpy()


def torch_backward(x, gamma, dy, eps=1e-5):
    tx, tg = torch.from_numpy(x.copy()).requires_grad_(True), torch.from_numpy(gamma.copy()).requires_grad_(True)
    tb = torch.zeros(x.shape[1], dtype=torch.float64, requires_grad=True)
    F.batch_norm(tx, None, None, tg, tb, training=True, eps=eps).backward(torch.from_numpy(dy.copy()))
    return tx.grad.numpy(), tg.grad.numpy(), tb.grad.numpy()


def layer(np_rng, n, c):
    """x, gamma, beta, running_mean, running_var with features of different scales and means."""
    x = np_rng.normal(size=(n, c)) * np_rng.uniform(0.5, 3.0, size=c) + np_rng.normal(0.0, 2.0, size=c)
    return (x, np_rng.normal(size=c), np_rng.normal(size=c), np_rng.normal(size=c),
            np_rng.uniform(0.5, 2.0, size=c))


@pytest.mark.parametrize("shape", [(8, 3), (2, 5)], ids=["N8-C3", "N2-C5"])
def test_training_forward(solution, np_rng, tol, shape):
    """Training mode: batch statistics in y; running mean and unbiased running variance with momentum."""
    x, gamma, beta, rm, rv = layer(np_rng, *shape)
    momentum, eps = 0.3, 1e-3
    call = f"batch_norm_forward(x {shape}, gamma, beta, running_mean, running_var, True, momentum=0.3, eps=1e-3)"
    got = solution.batch_norm_forward(x, gamma, beta, rm, rv, True, momentum=momentum, eps=eps)
    check_three(got, torch_forward(x, gamma, beta, rm, rv, True, momentum, eps), NAMES, call=call, **tol)


def test_eval_forward(solution, np_rng, tol):
    """Eval mode normalises with the running statistics and returns them unchanged."""
    x, gamma, beta, rm, rv = layer(np_rng, 6, 4)
    call = "batch_norm_forward(x (6, 4), gamma, beta, running_mean, running_var, False, momentum=0.2)"
    got = solution.batch_norm_forward(x, gamma, beta, rm, rv, False, momentum=0.2)
    check_three(got, torch_forward(x, gamma, beta, rm, rv, False, 0.2), NAMES, call=call, **tol)


def test_training_steps_then_eval(solution, np_rng, tol):
    """Five training steps from (0, 1) carry the running statistics; eval then uses them."""
    c = 3
    gamma, beta = np_rng.normal(size=c), np_rng.normal(size=c)
    rm, rv, want_rm, want_rv = np.zeros(c), np.ones(c), np.zeros(c), np.ones(c)
    for step in range(5):
        x = layer(np_rng, 10, c)[0]
        got = solution.batch_norm_forward(x, gamma, beta, rm, rv, True)
        _, want_rm, want_rv = torch_forward(x, gamma, beta, want_rm, want_rv, True)
        check_three(got, (got[0], want_rm, want_rv), NAMES, call=f"training step {step + 1} of 5", **tol)
        _, rm, rv = got
    x = layer(np_rng, 4, c)[0]
    check_three(solution.batch_norm_forward(x, gamma, beta, rm, rv, False),
                torch_forward(x, gamma, beta, want_rm, want_rv, False), NAMES,
                call="eval mode after five training steps", **tol)


def test_defaults(solution, np_rng, tol):
    """momentum = 0.1 and eps = 1e-5 when not given."""
    x, gamma, beta, rm, rv = layer(np_rng, 5, 3)
    x[:, 0] = x[0, 0] + np_rng.normal(size=5) * 1e-3  # a small variance makes eps visible
    got = solution.batch_norm_forward(x, gamma, beta, rm, rv, True)
    check_three(got, torch_forward(x, gamma, beta, rm, rv, True), NAMES,
                call="batch_norm_forward(x, gamma, beta, running_mean, running_var, True)", **tol)
    dy = np_rng.normal(size=x.shape)
    check_three(solution.batch_norm_backward(x, gamma, dy), torch_backward(x, gamma, dy), GRADS,
                call="batch_norm_backward(x, gamma, dy)", **tol)


@pytest.mark.parametrize("shape", [(6, 3), (2, 4)], ids=["N6-C3", "N2-C4"])
def test_backward_matches_autograd(solution, np_rng, tol, shape):
    """dx, dgamma and dbeta equal torch autograd's gradients of training-mode batch norm."""
    x, gamma, _, _, _ = layer(np_rng, *shape)
    dy = np_rng.normal(size=shape)
    check_three(solution.batch_norm_backward(x, gamma, dy, eps=1e-3), torch_backward(x, gamma, dy, 1e-3), GRADS,
                call=f"batch_norm_backward(x {shape}, gamma, dy, eps=1e-3)", **tol)


def test_backward_matches_finite_differences(worker, np_rng):
    """Your backward agrees with central differences of sum(y * dy) on your own training forward."""
    x, gamma, beta, _, _ = layer(np_rng, 5, 3)
    dy = np_rng.normal(size=x.shape)
    call = "batch_norm_backward(x (5, 3), gamma, dy)"
    # h = 1e-6: truncation error ~ h^2 |L'''| ~ 1e-11 and rounding ~ 1e-16 |L| / h ~ 1e-9 for these
    # unit-scale inputs, far inside the 1e-6 allowed; a missing term of the backward is off by O(1).
    reply = worker.probe(finite_differences, x, gamma, beta, dy, 1e-6, label=f"finite differences around {call}")
    check_three(reply["analytic"], reply["numeric"], GRADS, call=f"{call} (against finite differences)",
                rtol=1e-6, atol=1e-6)


@pytest.mark.edge
def test_training_needs_two_examples(solution, np_rng):
    """Training on one example raises ValueError (no unbiased variance)."""
    x, gamma, beta, rm, rv = layer(np_rng, 1, 3)
    expect_raises(ValueError, solution.batch_norm_forward, x, gamma, beta, rm, rv, True,
                  call="batch_norm_forward(x (1, 3), ..., training=True)", why="N = 1 has no unbiased variance")


@pytest.mark.edge
def test_eval_batch_of_one(solution, np_rng, tol):
    """Eval mode works on a single example."""
    x, gamma, beta, rm, rv = layer(np_rng, 1, 3)
    check_three(solution.batch_norm_forward(x, gamma, beta, rm, rv, False),
                torch_forward(x, gamma, beta, rm, rv, False), NAMES,
                call="batch_norm_forward(x (1, 3), ..., training=False)", **tol)


@pytest.mark.edge
def test_constant_feature(solution, np_rng, tol):
    """A feature constant over the batch: y = beta there, running variance moves towards 0, finite gradients."""
    x, gamma, beta, rm, rv = layer(np_rng, 6, 3)
    x[:, 1] = 2.5
    check_three(solution.batch_norm_forward(x, gamma, beta, rm, rv, True),
                torch_forward(x, gamma, beta, rm, rv, True), NAMES,
                call="batch_norm_forward(x with column 1 constant, ..., training=True)", **tol)
    dy = np_rng.normal(size=x.shape)
    check_three(solution.batch_norm_backward(x, gamma, dy), torch_backward(x, gamma, dy), GRADS,
                call="batch_norm_backward(x with column 1 constant, gamma, dy)", **tol)


@pytest.mark.edge
def test_large_offset(solution, np_rng, tol):
    """Features around a million with a spread of about 1: the variance must not lose its digits,
    in the forward pass and in the backward pass."""
    x, gamma, beta, rm, rv = layer(np_rng, 16, 3)
    x = x + fact("offset")
    call = f"batch_norm_forward(x + {fact('offset'):,}, ..., training=True)"
    check_three(solution.batch_norm_forward(x, gamma, beta, rm, rv, True),
                torch_forward(x, gamma, beta, rm, rv, True), NAMES, call=call, **tol)
    dy = np_rng.normal(size=x.shape)
    check_three(solution.batch_norm_backward(x, gamma, dy), torch_backward(x, gamma, dy), GRADS,
                call=f"batch_norm_backward(x + {fact('offset'):,}, gamma, dy)", **tol)


def _aliasing(module, x, gamma, beta, rm, rv, dy):
    import numpy as np

    inputs = {"x": x, "gamma": gamma, "beta": beta, "running_mean": rm, "running_var": rv, "dy": dy}
    before = {name: a.copy() for name, a in inputs.items()}
    outputs = list(module.batch_norm_forward(x, gamma, beta, rm, rv, True))
    outputs += list(module.batch_norm_forward(x, gamma, beta, rm, rv, False))
    outputs += list(module.batch_norm_backward(x, gamma, dy))
    modified = [name for name, a in inputs.items() if not np.array_equal(a, before[name])]
    shared = sorted({name for name, a in inputs.items() for out in outputs
                     if isinstance(out, np.ndarray) and np.shares_memory(a, out)})
    return {"modified": modified, "shared": shared}


@pytest.mark.edge
def test_inputs_untouched_and_new_arrays(worker, np_rng):
    """The inputs are not modified and no returned array is one of them (eval mode included)."""
    x, gamma, beta, rm, rv = layer(np_rng, 5, 3)
    got = worker.probe(_aliasing, x, gamma, beta, rm, rv, np_rng.normal(size=x.shape),
                       label="batch_norm_forward (train and eval) then batch_norm_backward")
    check(not got["modified"], lambda: f"your functions modified {', '.join(got['modified'])} in place")
    check(not got["shared"], lambda: (
        f"a returned array shares memory with the input {', '.join(got['shared'])}; return new arrays "
        "(in eval mode: running_mean.copy(), running_var.copy())"))


