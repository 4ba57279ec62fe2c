"""Hidden tests for forward and backward of relu(x @ W + b): values against torch autograd in
float64 (trusted side), central finite differences on the solution's own forward, ReLU at exactly
0, a single example, an empty batch, square layers, untouched inputs."""

import numpy as np
import pytest

from harness.authoring import check, check_close
from support import check_grads, describe, finite_differences

SHAPES = [(1, 1, 1), (5, 3, 4), (8, 6, 2), (6, 4, 4), (16, 10, 7)]  # (N, D, M)


def autograd(x, W, b, dy):
    """(y, (dx, dW, db)) from torch autograd in float64."""
    import torch

    tx, tw, tb = (torch.from_numpy(a.copy()).requires_grad_(True) for a in (x, W, b))
    y = torch.relu(tx @ tw + tb)
    y.backward(torch.from_numpy(dy.copy()))
    return y.detach().numpy(), (tx.grad.numpy(), tw.grad.numpy(), tb.grad.numpy())


def layer(np_rng, n, d, m, margin=1e-3):
    """Random float64 inputs whose pre-activations are at least `margin` away from the kink."""
    x = np_rng.normal(size=(n, d))
    W = np_rng.normal(size=(d, m)) / np.sqrt(d)
    while True:
        b = np_rng.normal(size=m)
        if n == 0 or np.abs(x @ W + b).min() > margin:
            return x, W, b, np_rng.normal(size=(n, m))


@pytest.mark.parametrize("shape", SHAPES, ids=[f"N{n}-D{d}-M{m}" for n, d, m in SHAPES])
def test_forward(solution, np_rng, tol, shape):
    """forward(x, W, b) equals relu(x @ W + b), shape (N, M), float64."""
    x, W, b, dy = layer(np_rng, *shape)
    want, _ = autograd(x, W, b, dy)
    check_close(solution.forward(x, W, b), want, call=f"forward(x {x.shape}, W {W.shape}, b {b.shape})", **tol)


@pytest.mark.parametrize("shape", SHAPES, ids=[f"N{n}-D{d}-M{m}" for n, d, m in SHAPES])
def test_backward_matches_autograd(solution, np_rng, tol, shape):
    """dx (N, D), dW (D, M) and db (M,) equal torch autograd's gradients for the same upstream dy."""
    x, W, b, dy = layer(np_rng, *shape)
    _, want = autograd(x, W, b, dy)
    check_grads(solution.backward(x, W, b, dy), want, call=describe(x, W, b, dy), **tol)


@pytest.mark.parametrize("shape", [(4, 3, 5), (7, 2, 3)], ids=["N4-D3-M5", "N7-D2-M3"])
def test_backward_matches_finite_differences(worker, np_rng, shape):
    """Your backward agrees with central differences of sum(forward(x, W, b) * dy) on your own forward."""
    x, W, b, dy = layer(np_rng, *shape)
    call = describe(x, W, b, dy)
    reply = worker.probe(finite_differences, x, W, b, dy, 1e-6, label=f"finite differences around {call}")
    check_grads(reply["analytic"], reply["numeric"], call=f"{call} (against finite differences)",
                rtol=1e-6, atol=1e-7)


@pytest.mark.edge
def test_relu_at_exactly_zero(solution, np_rng, tol):
    """Pre-activations of exactly 0 (integer inputs) pass no gradient: ReLU's slope at 0 is 0."""
    while True:
        x = np_rng.integers(-2, 3, size=(6, 3)).astype(np.float64)
        W = np_rng.integers(-2, 3, size=(3, 4)).astype(np.float64)
        b = np_rng.integers(-2, 3, size=4).astype(np.float64)
        zeros = int(np.sum(x @ W + b == 0))
        if zeros >= 3:
            break
    dy = np_rng.normal(size=(6, 4))
    y, want = autograd(x, W, b, dy)
    call = describe(x, W, b, dy) + f" with {zeros} pre-activations exactly 0"
    check_close(solution.forward(x, W, b), y, call=call.replace("backward", "forward"), **tol)
    check_grads(solution.backward(x, W, b, dy), want, call=call, **tol)


@pytest.mark.edge
def test_single_example(solution, np_rng, tol):
    """A batch of one row: db still has shape (M,), dW (D, M)."""
    x, W, b, dy = layer(np_rng, 1, 5, 3)
    _, want = autograd(x, W, b, dy)
    check_grads(solution.backward(x, W, b, dy), want, call=describe(x, W, b, dy), **tol)


@pytest.mark.edge
def test_empty_batch(solution, np_rng, tol):
    """N = 0: dx has shape (0, D); dW and db are all zeros of shapes (D, M) and (M,)."""
    x, W, b, dy = layer(np_rng, 0, 4, 3)
    check_close(solution.forward(x, W, b), np.zeros((0, 3)), call="forward(x (0, 4), W (4, 3), b (3,))", **tol)
    want = (np.zeros((0, 4)), np.zeros((4, 3)), np.zeros(3))
    check_grads(solution.backward(x, W, b, dy), want, call=describe(x, W, b, dy), **tol)


def _inputs_modified(module, x, W, b, dy):
    import numpy as np

    before = [a.copy() for a in (x, W, b, dy)]
    module.forward(x, W, b)
    module.backward(x, W, b, dy)
    return [name for name, a, c in zip(("x", "W", "b", "dy"), (x, W, b, dy), before) if not np.array_equal(a, c)]


@pytest.mark.edge
def test_inputs_not_modified(worker, np_rng):
    """forward and backward leave x, W, b and dy as they were."""
    x, W, b, dy = layer(np_rng, 5, 3, 4)
    changed = worker.probe(_inputs_modified, x, W, b, dy, label="forward(x, W, b) then backward(x, W, b, dy)")
    check(not changed, lambda: f"forward/backward modified {', '.join(changed)} in place; compute into new arrays")
