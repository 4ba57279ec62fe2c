"""Hidden tests for huber_loss: float64 references on generated residuals for several deltas,
the boundary |r| = delta (value and slope), zero residuals, dtype, symmetry and gradients."""

import pytest
import torch
import torch.nn.functional as F

from harness.authoring import check_close, check_gradcheck, check_gradients

f64 = torch.float64
CASES = [((9,), 1.0), ((4, 6), 0.5), ((2, 3, 5), 2.5), ((50,), 0.1)]


def reference(pred, target, delta):
    return F.huber_loss(pred, target, delta=delta)


def analytic_grads(pred, target, delta):
    """d/dpred = clip(r, -delta, delta) / n and d/dtarget = -d/dpred: independent of autograd."""
    g = (pred - target).clamp(-delta, delta) / pred.numel()
    return [g, -g]


def pair(np_rng, shape, scale=2.0):
    """pred and target whose residuals cover both pieces for the deltas used here."""
    return (torch.from_numpy(np_rng.normal(0.0, scale, size=shape)),
            torch.from_numpy(np_rng.normal(0.0, scale, size=shape)))


def describe(pred, delta, what="random pred and target"):
    return (f"huber_loss({what} of shape {tuple(pred.shape)} ({str(pred.dtype).replace('torch.', '')}), "
            f"delta={delta!r})")


@pytest.mark.parametrize("shape,delta", CASES, ids=[f"{s}-delta{d}" for s, d in CASES])
def test_random_residuals(solution, np_rng, tol, shape, delta):
    """Random residuals on both sides of delta: the mean of the per-element losses."""
    pred, target = pair(np_rng, shape)
    check_close(solution.huber_loss(pred, target, delta=delta), reference(pred, target, delta),
                call=describe(pred, delta), **tol)


def test_only_quadratic_piece(solution, np_rng, tol):
    """Every |r| below delta: the loss is 0.5 * mean(r^2)."""
    pred, target = pair(np_rng, (5, 4), scale=0.1)
    check_close(solution.huber_loss(pred, target, delta=3.0), reference(pred, target, 3.0),
                call=describe(pred, 3.0, "residuals all below delta"), **tol)


def test_only_linear_piece(solution, np_rng, tol):
    """Every |r| far above delta: the loss is delta * (mean|r| - 0.5 * delta)."""
    pred = torch.from_numpy(np_rng.choice([-1.0, 1.0], size=(12,)) * np_rng.uniform(5.0, 50.0, size=(12,)))
    target = torch.zeros(12, dtype=f64)
    check_close(solution.huber_loss(pred, target, delta=1.5), reference(pred, target, 1.5),
                call=describe(pred, 1.5, "residuals all above delta"), **tol)


def test_symmetric_in_its_arguments(solution, np_rng, tol):
    """Swapping pred and target flips the sign of r and leaves the loss unchanged."""
    pred, target = pair(np_rng, (3, 7))
    check_close(solution.huber_loss(target, pred, delta=0.75), reference(pred, target, 0.75),
                call=describe(pred, 0.75, "swapped pred and target"), **tol)


def test_float32_keeps_its_dtype(solution, np_rng):
    """A float32 input gives a float32 0-dim answer, accurate to float32 precision."""
    pred, target = pair(np_rng, (6, 5))
    got = solution.huber_loss(pred.float(), target.float(), delta=1.25)
    check_close(got, reference(pred.float().double(), target.float().double(), 1.25).float(),
                call=describe(pred.float(), 1.25), rtol=1e-5, atol=1e-6)


# Residuals of exactly +-delta: every number here is exact in binary floating point.
BOUNDARY_TARGET = torch.tensor([0.5, -1.25, 2.0, 0.0, 3.5, -0.25], dtype=f64)
BOUNDARY_R = torch.tensor([0.75, -0.75, 0.75, -0.75, 0.75, -0.75], dtype=f64)


@pytest.mark.edge
def test_value_at_the_boundary(solution, tol):
    """Residuals exactly at +-delta cost 0.5 * delta^2 each, from either piece."""
    pred = BOUNDARY_TARGET + BOUNDARY_R
    check_close(solution.huber_loss(pred, BOUNDARY_TARGET, delta=0.75), torch.tensor(0.5 * 0.75 ** 2, dtype=f64),
                call="huber_loss(pred, target, delta=0.75) with every residual exactly +-0.75", **tol)


@pytest.mark.edge
def test_continuous_across_the_boundary(solution, tol):
    """Just inside, at and just outside |r| = delta the loss moves continuously."""
    delta = 2.0
    r = torch.tensor([delta * (1 - 1e-9), delta, delta * (1 + 1e-9), -delta * (1 - 1e-9), -delta * (1 + 1e-9)],
                     dtype=f64)
    for i in range(len(r)):
        one = r[i:i + 1]
        check_close(solution.huber_loss(one, torch.zeros(1, dtype=f64), delta=delta),
                    reference(one, torch.zeros(1, dtype=f64), delta),
                    call=f"huber_loss(tensor([{float(one):.12g}]), zeros(1), delta=2.0)", **tol)


@pytest.mark.edge
def test_slope_at_the_boundary(worker):
    """At |r| = delta exactly the gradient is delta * sign(r) / n (both pieces agree)."""
    pred = BOUNDARY_TARGET + BOUNDARY_R
    check_gradients(worker, "huber_loss", [pred, BOUNDARY_TARGET, 0.75],
                    want_grads=analytic_grads(pred, BOUNDARY_TARGET, 0.75), wrt=(0, 1),
                    call="huber_loss(pred, target, delta=0.75) with every residual exactly +-0.75",
                    rtol=1e-9, atol=1e-12)


@pytest.mark.edge
def test_zero_residuals(solution, worker, tol):
    """pred == target costs 0, with zero gradient."""
    x = torch.tensor([[1.5, -2.0, 0.0], [4.0, 0.25, -7.0]], dtype=f64)
    check_close(solution.huber_loss(x, x.clone(), delta=1.0), torch.tensor(0.0, dtype=f64),
                call="huber_loss(x, x) for x of shape (2, 3)", **tol)
    zero = torch.zeros_like(x)
    check_gradients(worker, "huber_loss", [x, x.clone(), 1.0], want_grads=[zero, zero], wrt=(0, 1),
                    call="huber_loss(x, x) for x of shape (2, 3)", atol=1e-12)


@pytest.mark.edge
@pytest.mark.parametrize("delta", [1e-3, 1e3])
def test_extreme_deltas(solution, np_rng, tol, delta):
    """A tiny delta makes the loss almost delta * |r|; a huge one makes it 0.5 * r^2 everywhere."""
    pred, target = pair(np_rng, (10,))
    pred = pred * torch.tensor([1.0, 1e6, 1.0, -1e6, 1.0, 1.0, 1e-4, 1.0, 1.0, 1.0], dtype=f64)
    check_close(solution.huber_loss(pred, target, delta=delta), reference(pred, target, delta),
                call=describe(pred, delta, "residuals from 1e-4 to 1e6"), **tol)


@pytest.mark.edge
def test_single_element(solution, tol):
    """One element: the mean of one loss is that loss (returned as a 0-dim tensor)."""
    check_close(solution.huber_loss(torch.tensor([-4.0], dtype=f64), torch.tensor([1.0], dtype=f64), delta=2),
                torch.tensor(8.0, dtype=f64), call="huber_loss(tensor([-4.]), tensor([1.]), delta=2)", **tol)


def _modifies_inputs(module, pred, target):
    before = (pred.clone(), target.clone())
    module.huber_loss(pred, target, delta=0.5)
    return [bool((a != b).any()) for a, b in zip((pred, target), before)]


@pytest.mark.edge
def test_does_not_modify_inputs(worker, np_rng):
    """huber_loss leaves pred and target as they were."""
    pred, target = pair(np_rng, (3, 4))
    changed = worker.probe(_modifies_inputs, pred, target, label="huber_loss(pred, target, delta=0.5)")
    names = [n for n, c in zip(("pred", "target"), changed) if c]
    assert not names, f"huber_loss modified {', '.join(names)} in place; compute into new tensors"


@pytest.mark.parametrize("delta", [1.0, 0.6])
def test_gradients(worker, np_rng, delta):
    """Gradients reach both pred and target: clip(r, -delta, delta) / n and its negative."""
    pred, target = pair(np_rng, (4, 5))
    check_gradients(worker, "huber_loss", [pred, target, delta], want_grads=analytic_grads(pred, target, delta),
                    wrt=(0, 1), call=describe(pred, delta), rtol=1e-6, atol=1e-10)


def test_gradcheck(worker, np_rng):
    """torch.autograd.gradcheck in float64: autograd agrees with finite differences."""
    pred, target = pair(np_rng, (3, 4))
    check_gradcheck(worker, "huber_loss", [pred, target, 0.8], wrt=(0, 1), call=describe(pred, 0.8))
