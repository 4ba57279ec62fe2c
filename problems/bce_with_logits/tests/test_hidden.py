"""Hidden tests for bce_with_logits: float64 references on generated logits and labels (hard and
soft, with and without pos_weight), stability at +-1e4, dtype, and gradients through autograd."""

import pytest
import torch
import torch.nn.functional as F

from harness.authoring import check_close, check_finite, check_gradcheck, check_gradients

f64 = torch.float64
SHAPES = [(7,), (4, 5), (2, 3, 4), (1,)]


def reference(z, y, pos_weight=None):
    return F.binary_cross_entropy_with_logits(z, y, pos_weight=pos_weight)


def logits(np_rng, shape, scale=3.0):
    return torch.from_numpy(np_rng.normal(0.0, scale, size=shape))


def hard_labels(np_rng, shape):
    return torch.from_numpy(np_rng.integers(0, 2, size=shape).astype("float64"))


def soft_labels(np_rng, shape):
    return torch.from_numpy(np_rng.uniform(0.0, 1.0, size=shape))


def describe(z, labels, pos_weight=None):
    text = f"bce_with_logits(logits of shape {tuple(z.shape)} ({str(z.dtype).replace('torch.', '')}), {labels}"
    if pos_weight is not None:
        text += f", pos_weight of shape {tuple(pos_weight.shape)}"
    return text + ")"


@pytest.mark.parametrize("shape", SHAPES, ids=[str(s) for s in SHAPES])
def test_hard_labels(solution, np_rng, tol, shape):
    """Random logits with 0/1 labels: the mean of the per-element losses."""
    z, y = logits(np_rng, shape), hard_labels(np_rng, shape)
    check_close(solution.bce_with_logits(z, y), reference(z, y), call=describe(z, "0/1 labels"), **tol)


@pytest.mark.parametrize("shape", SHAPES[:3], ids=[str(s) for s in SHAPES[:3]])
def test_soft_labels(solution, np_rng, tol, shape):
    """Random logits with soft labels anywhere in [0, 1]."""
    z, y = logits(np_rng, shape), soft_labels(np_rng, shape)
    check_close(solution.bce_with_logits(z, y), reference(z, y), call=describe(z, "soft labels in [0, 1]"), **tol)


@pytest.mark.parametrize("weight_shape", [(5,), (1,)], ids=["per-class", "single"])
def test_pos_weight(solution, np_rng, tol, weight_shape):
    """pos_weight scales only the positive term y * log(s(z)), broadcast along the last dimension."""
    z, y = logits(np_rng, (6, 5)), soft_labels(np_rng, (6, 5))
    w = torch.from_numpy(np_rng.uniform(0.2, 5.0, size=weight_shape))
    check_close(solution.bce_with_logits(z, y, pos_weight=w), reference(z, y, w),
                call=describe(z, "soft labels", w), **tol)


def test_float32_keeps_its_dtype(solution, np_rng):
    """A float32 input gives a float32 0-dim answer, accurate to float32 precision."""
    z, y = logits(np_rng, (8, 3)), hard_labels(np_rng, (8, 3))
    want = reference(z, y).float()
    check_close(solution.bce_with_logits(z.float(), y.float()), want, call=describe(z.float(), "0/1 labels"),
                rtol=1e-5, atol=1e-6)


@pytest.mark.edge
def test_huge_logits_stay_finite(solution, tol):
    """Logits of +-1e4 with hard and soft labels: 1 - s(z) rounds to 0, so log(1 - s(z)) is -inf."""
    z = torch.tensor([1e4, -1e4, 1e4, -1e4, 1e4, -5e3, 800.0, -750.0], dtype=f64)
    y = torch.tensor([1.0, 0.0, 0.0, 1.0, 0.25, 0.6, 1.0, 0.0], dtype=f64)
    call = ("bce_with_logits(tensor([1e4, -1e4, 1e4, -1e4, 1e4, -5e3, 800, -750]), "
            "tensor([1, 0, 0, 1, 0.25, 0.6, 1, 0]))")
    got = solution.bce_with_logits(z, y)
    check_finite(got, call=call)
    check_close(got, reference(z, y), call=call, **tol)


@pytest.mark.edge
def test_huge_logits_with_pos_weight(solution, tol):
    """pos_weight with logits of +-1e4: a missed positive at z = -1e4 costs pos_weight * 1e4."""
    z = torch.tensor([[-1e4, 1e4], [1e4, -1e4], [2e3, -3e3]], dtype=f64)
    y = torch.tensor([[1.0, 0.0], [1.0, 0.5], [0.0, 1.0]], dtype=f64)
    w = torch.tensor([2.5, 0.5], dtype=f64)
    call = ("bce_with_logits(tensor([[-1e4, 1e4], [1e4, -1e4], [2e3, -3e3]]), "
            "tensor([[1, 0], [1, 0.5], [0, 1]]), pos_weight=tensor([2.5, 0.5]))")
    got = solution.bce_with_logits(z, y, pos_weight=w)
    check_finite(got, call=call)
    check_close(got, reference(z, y, w), call=call, **tol)


@pytest.mark.edge
def test_zero_logits(solution, tol):
    """At z = 0 every element costs log 2 whatever its label (and (w*y + 1 - y) * log 2 with pos_weight)."""
    z = torch.zeros(2, 3, dtype=f64)
    y = torch.tensor([[0.0, 1.0, 0.5], [1.0, 0.0, 0.9]], dtype=f64)
    check_close(solution.bce_with_logits(z, y), torch.log(torch.tensor(2.0, dtype=f64)),
                call="bce_with_logits(zeros(2, 3), tensor([[0, 1, 0.5], [1, 0, 0.9]]))", **tol)
    w = torch.tensor([4.0, 2.0, 1.0], dtype=f64)
    check_close(solution.bce_with_logits(z, y, pos_weight=w), reference(z, y, w),
                call="bce_with_logits(zeros(2, 3), tensor([[0, 1, 0.5], [1, 0, 0.9]]), "
                     "pos_weight=tensor([4., 2., 1.]))", **tol)


@pytest.mark.edge
def test_single_element(solution, tol):
    """One logit: the mean of one loss is that loss (returned as a 0-dim tensor)."""
    z = torch.tensor([-2.5], dtype=f64)
    y = torch.tensor([1.0], dtype=f64)
    check_close(solution.bce_with_logits(z, y), reference(z, y),
                call="bce_with_logits(tensor([-2.5]), tensor([1.]))", **tol)


def _modifies_inputs(module, z, y, w):
    before = (z.clone(), y.clone(), w.clone())
    module.bce_with_logits(z, y)
    module.bce_with_logits(z, y, pos_weight=w)
    return [bool((a != b).any()) for a, b in zip((z, y, w), before)]


@pytest.mark.edge
def test_does_not_modify_inputs(worker, np_rng):
    """bce_with_logits leaves logits, targets and pos_weight as they were."""
    z, y = logits(np_rng, (3, 4)), soft_labels(np_rng, (3, 4))
    w = torch.from_numpy(np_rng.uniform(0.5, 3.0, size=(4,)))
    changed = worker.probe(_modifies_inputs, z, y, w, label="bce_with_logits(z, y, pos_weight=w)")
    names = [n for n, c in zip(("logits", "targets", "pos_weight"), changed) if c]
    assert not names, f"bce_with_logits modified {', '.join(names)} in place; compute into new tensors"


def reference_grad(z, y, w=None):
    leaf = z.clone().requires_grad_(True)
    reference(leaf, y, w).backward()
    return leaf.grad


@pytest.mark.parametrize("weighted", [False, True], ids=["plain", "pos_weight"])
def test_gradients_match_reference(worker, np_rng, weighted):
    """The gradient with respect to the logits is (s(z) * (w*y + 1 - y) - w*y) / n."""
    z, y = logits(np_rng, (4, 3)), soft_labels(np_rng, (4, 3))
    w = torch.from_numpy(np_rng.uniform(0.5, 4.0, size=(3,))) if weighted else None
    check_gradients(worker, "bce_with_logits", [z, y, w], want_grads=[reference_grad(z, y, w)],
                    call=describe(z, "soft labels", w), rtol=1e-6, atol=1e-10)


@pytest.mark.edge
def test_gradients_at_huge_logits(worker):
    """Gradients stay finite and right at +-1e4: s(z) - y is exactly 0 or +-1 there."""
    z = torch.tensor([1e4, -1e4, 1e4, -1e4, 3e3, -2e3], dtype=f64)
    y = torch.tensor([1.0, 0.0, 0.0, 1.0, 0.4, 0.7], dtype=f64)
    w = torch.tensor([1.5], dtype=f64)
    for weight in (None, w):
        check_gradients(worker, "bce_with_logits", [z, y, weight], want_grads=[reference_grad(z, y, weight)],
                        call=describe(z, "tensor([1, 0, 0, 1, 0.4, 0.7])", weight) + " with logits of +-1e4",
                        rtol=1e-6, atol=1e-12)


def test_gradcheck(worker, np_rng):
    """torch.autograd.gradcheck in float64: autograd agrees with finite differences."""
    z, y = logits(np_rng, (3, 4), scale=2.0), soft_labels(np_rng, (3, 4))
    w = torch.from_numpy(np_rng.uniform(0.5, 3.0, size=(4,)))
    check_gradcheck(worker, "bce_with_logits", [z, y, w], call=describe(z, "soft labels", w))
