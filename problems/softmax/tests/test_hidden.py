"""Hidden tests for softmax and log_softmax: float64 references from torch on generated logits,
stability at +-1e4, masking, shift invariance, dtype, and gradients through autograd."""

import pytest
import torch

from harness.authoring import check_close, check_finite, check_gradcheck, check_gradients

FUNCS = {"softmax": torch.softmax, "log_softmax": torch.log_softmax}
SHAPES = [((7,), -1), ((4, 5), 1), ((4, 5), 0), ((3, 4, 6), -2), ((2, 3, 4), 2), ((1, 1), -1)]


def logits(np_rng, shape, scale=3.0):
    return torch.from_numpy(np_rng.normal(0.0, scale, size=shape))


def describe(x, dim):
    return f"x of shape {tuple(x.shape)} ({str(x.dtype).replace('torch.', '')}), dim={dim}"


@pytest.mark.parametrize("name", FUNCS)
@pytest.mark.parametrize("shape,dim", SHAPES, ids=[f"{s}-dim{d}" for s, d in SHAPES])
def test_random_logits(solution, np_rng, tol, name, shape, dim):
    """Random float64 logits of several shapes, along every kind of axis."""
    x = logits(np_rng, shape)
    got = getattr(solution, name)(x.clone(), dim=dim)
    check_close(got, FUNCS[name](x, dim), call=f"{name}({describe(x, dim)})", **tol)


@pytest.mark.parametrize("name", FUNCS)
@pytest.mark.parametrize("shape", [(4, 5), (2, 3, 6)], ids=["2d", "3d"])
def test_default_dim_is_the_last_axis(solution, np_rng, tol, name, shape):
    """Called without dim: normalises along the last axis (the default dim = -1)."""
    x = logits(np_rng, shape)
    got = getattr(solution, name)(x.clone())
    check_close(got, FUNCS[name](x, -1), call=f"{name}(x) with no dim, x of shape {tuple(x.shape)}: the default "
                                              "dim is -1, the last axis", **tol)


@pytest.mark.parametrize("name", FUNCS)
def test_float32_keeps_its_dtype(solution, np_rng, name):
    """A float32 input gives a float32 answer, accurate to float32 precision."""
    x64 = logits(np_rng, (6, 9))
    x = x64.float()
    got = getattr(solution, name)(x.clone(), dim=-1)
    want = FUNCS[name](x.double(), -1).float()
    check_close(got, want, call=f"{name}({describe(x, -1)})", rtol=1e-5, atol=1e-6)


@pytest.mark.edge
@pytest.mark.parametrize("name", FUNCS)
def test_huge_logits_stay_finite(solution, name, tol):
    """Logits of +-1e4: exp overflows unless you shift by the max first."""
    x = torch.tensor([[1e4, 0.0, -1e4], [-1e4, -1e4 + 1.0, -1e4 + 2.0], [5e3, 5e3, 5e3]], dtype=torch.float64)
    got = getattr(solution, name)(x.clone(), dim=1)
    call = f"{name}(tensor([[1e4, 0, -1e4], [-1e4, -1e4+1, -1e4+2], [5e3, 5e3, 5e3]]), dim=1)"
    check_finite(got, call=call)
    check_close(got, FUNCS[name](x, 1), call=call, **tol)


@pytest.mark.edge
@pytest.mark.parametrize("name", FUNCS)
def test_shift_invariance(solution, np_rng, name, tol):
    """Adding a constant along dim (here 1e4 and -3e3 per row) changes nothing."""
    x = logits(np_rng, (4, 6))
    shifted = x + torch.tensor([[1e4], [-3e3], [0.5], [7e3]], dtype=torch.float64)
    got = getattr(solution, name)(shifted.clone(), dim=1)
    check_close(got, FUNCS[name](x, 1), call=f"{name}(x + c, dim=1) for per-row constants c up to 1e4", **tol)


@pytest.mark.edge
@pytest.mark.parametrize("name", FUNCS)
def test_masked_entries(solution, name, tol):
    """-inf marks a masked entry: probability 0, log-probability -inf, the rest renormalised."""
    x = torch.tensor([[0.0, float("-inf"), 1.0], [float("-inf"), 2.0, float("-inf")]], dtype=torch.float64)
    got = getattr(solution, name)(x.clone(), dim=-1)
    check_close(got, FUNCS[name](x, -1), call=f"{name}(tensor([[0, -inf, 1], [-inf, 2, -inf]]))", **tol)


@pytest.mark.edge
def test_single_entry_and_input_untouched(solution, tol):
    """A slice of length one has probability 1; the input tensor is not modified."""
    x = torch.tensor([[3.5], [-2.0]], dtype=torch.float64)
    got = solution.softmax(x, dim=1)
    check_close(got, torch.ones(2, 1, dtype=torch.float64), call="softmax(tensor([[3.5], [-2.0]]), dim=1)", **tol)
    y = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
    reply = solution.log_softmax(y)
    check_close(reply, torch.log_softmax(y, -1), call="log_softmax(tensor([1., 2., 3.]))", **tol)


def _modifies_input(module, x):
    before = x.clone()
    module.softmax(x, dim=-1)
    module.log_softmax(x, dim=-1)
    return bool((x != before).any())


@pytest.mark.edge
def test_does_not_modify_input(worker, np_rng):
    """softmax and log_softmax leave their input tensor as it was."""
    x = logits(np_rng, (3, 5))
    assert not worker.probe(_modifies_input, x, label="softmax(x) / log_softmax(x)"), \
        "softmax(x) or log_softmax(x) modified x in place; compute into new tensors"


@pytest.mark.parametrize("name", FUNCS)
def test_gradients_match_autograd_reference(worker, np_rng, name, tol):
    """Gradients flow back to x and equal the true ones (a random weighting of the outputs)."""
    x = logits(np_rng, (3, 5))
    w = torch.from_numpy(np_rng.normal(size=(3, 5)))
    ref_x = x.clone().requires_grad_(True)
    (FUNCS[name](ref_x, 1) * w).sum().backward()
    check_gradients(worker, name, [x, 1], want_grads=[ref_x.grad], cotangent=w,
                    call=f"{name}({describe(x, 1)})", rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("name", FUNCS)
def test_gradcheck(worker, np_rng, name):
    """torch.autograd.gradcheck in float64: autograd agrees with finite differences."""
    x = logits(np_rng, (2, 4), scale=1.0)
    check_gradcheck(worker, name, [x, -1], call=f"{name}({describe(x, -1)})")
