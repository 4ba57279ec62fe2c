"""Hidden tests for cross_entropy: float64 references on generated logits and targets, ignored
rows, stability at +-1e4, shift invariance, dtype, and the gradient (softmax - onehot) / K."""

import pytest
import torch
import torch.nn.functional as F

from harness.authoring import check_close, check_finite, check_gradcheck, check_gradients

f64 = torch.float64
SHAPES = [(5, 3), (16, 10), (3, 50), (8, 2)]


def logits(np_rng, shape, scale=3.0):
    return torch.from_numpy(np_rng.normal(0.0, scale, size=shape))


def classes(np_rng, n, c):
    return torch.from_numpy(np_rng.integers(0, c, size=n).astype("int64"))


def with_ignored(np_rng, t, ignore_index, count):
    """t with `count` rows (never all of them) set to ignore_index."""
    t = t.clone()
    rows = np_rng.choice(len(t), size=count, replace=False)
    t[torch.from_numpy(rows)] = ignore_index
    return t


def describe(z, targets="random class indices", ignore_index=None):
    text = f"cross_entropy(logits of shape {tuple(z.shape)} ({str(z.dtype).replace('torch.', '')}), {targets}"
    return text + (f", ignore_index={ignore_index})" if ignore_index is not None else ")")


def analytic_grad(z, t, ignore_index=-100):
    """(softmax(z) - onehot(t)) / K on kept rows, zero on ignored rows: independent of autograd."""
    keep = t != ignore_index
    onehot = torch.zeros_like(z)
    onehot[keep, t[keep]] = 1.0
    return (torch.softmax(z, dim=1) - onehot) * keep.unsqueeze(1) / keep.sum()


@pytest.mark.parametrize("shape", SHAPES, ids=[f"{n}x{c}" for n, c in SHAPES])
def test_random_logits(solution, np_rng, tol, shape):
    """Random logits and targets: the mean over rows of log(sum exp(z)) - z[target]."""
    z, t = logits(np_rng, shape), classes(np_rng, *shape)
    check_close(solution.cross_entropy(z, t), F.cross_entropy(z, t), call=describe(z), **tol)


def test_ignored_rows_leave_the_mean(solution, np_rng, tol):
    """Rows with target -100 (the default ignore_index) count neither in the sum nor in the divisor."""
    z = logits(np_rng, (12, 6))
    t = with_ignored(np_rng, classes(np_rng, 12, 6), -100, 5)
    check_close(solution.cross_entropy(z, t), F.cross_entropy(z, t),
                call=describe(z, "targets with 5 of 12 rows = -100"), **tol)


def test_custom_ignore_index(solution, np_rng, tol):
    """A custom ignore_index (here 255, as in segmentation masks) is honoured."""
    z = logits(np_rng, (10, 4))
    t = with_ignored(np_rng, classes(np_rng, 10, 4), 255, 3)
    check_close(solution.cross_entropy(z, t, ignore_index=255), F.cross_entropy(z, t, ignore_index=255),
                call=describe(z, "targets with 3 of 10 rows = 255", 255), **tol)


def test_float32_keeps_its_dtype(solution, np_rng):
    """A float32 input gives a float32 0-dim answer, accurate to float32 precision."""
    z, t = logits(np_rng, (6, 5)), classes(np_rng, 6, 5)
    check_close(solution.cross_entropy(z.float(), t), F.cross_entropy(z, t).float(), call=describe(z.float()),
                rtol=1e-5, atol=1e-6)


@pytest.mark.edge
def test_huge_logits_stay_finite(solution, tol):
    """Logits of +-1e4: exp overflows (or every exp underflows to 0) unless each row is shifted by its max."""
    z = torch.tensor([[1e4, 0.0, -1e4], [1e4, 0.0, -1e4], [-1e4, -1e4, -1e4 + 1.0],
                      [5e3, 5e3, 5e3], [0.0, 1e4, 1e4]], dtype=f64)
    t = torch.tensor([2, 0, 0, 1, 0])
    call = ("cross_entropy(tensor([[1e4, 0, -1e4], [1e4, 0, -1e4], [-1e4, -1e4, -1e4+1], [5e3, 5e3, 5e3], "
            "[0, 1e4, 1e4]]), tensor([2, 0, 0, 1, 0]))")
    got = solution.cross_entropy(z, t)
    check_finite(got, call=call)
    check_close(got, F.cross_entropy(z, t), call=call, **tol)


@pytest.mark.edge
def test_shift_invariance(solution, np_rng, tol):
    """Adding a constant to a whole row (here up to 1e4) changes nothing."""
    z, t = logits(np_rng, (4, 6)), classes(np_rng, 4, 6)
    shifted = z + torch.tensor([[1e4], [-3e3], [0.5], [-9e3]], dtype=f64)
    check_close(solution.cross_entropy(shifted, t), F.cross_entropy(z, t),
                call="cross_entropy(z + c, targets) for per-row constants c up to 1e4", **tol)


@pytest.mark.edge
def test_ignore_index_that_is_a_class(solution, tol):
    """ignore_index=0 skips the rows whose target is class 0, even though 0 is a valid class."""
    z = torch.tensor([[2.0, -1.0, 0.5], [0.3, 0.2, 0.1], [-2.0, 4.0, 1.0], [1.0, 1.0, 3.0]], dtype=f64)
    t = torch.tensor([0, 1, 0, 2])
    check_close(solution.cross_entropy(z, t, ignore_index=0), F.cross_entropy(z, t, ignore_index=0),
                call="cross_entropy(tensor([[2, -1, 0.5], [0.3, 0.2, 0.1], [-2, 4, 1], [1, 1, 3]]), "
                     "tensor([0, 1, 0, 2]), ignore_index=0)", **tol)


@pytest.mark.edge
def test_one_class_and_one_row(solution, tol):
    """A single class costs 0 (p = 1); a single row is its own mean; equal logits cost log(C)."""
    z1 = torch.tensor([[3.0], [-7.5]], dtype=f64)
    check_close(solution.cross_entropy(z1, torch.tensor([0, 0])), torch.tensor(0.0, dtype=f64),
                call="cross_entropy(tensor([[3.], [-7.5]]), tensor([0, 0]))", **tol)
    z2 = torch.tensor([[0.25, -1.5, 2.0, 0.0]], dtype=f64)
    t2 = torch.tensor([3])
    check_close(solution.cross_entropy(z2, t2), F.cross_entropy(z2, t2),
                call="cross_entropy(tensor([[0.25, -1.5, 2., 0.]]), tensor([3]))", **tol)
    z3 = torch.full((3, 5), 2.5, dtype=f64)
    check_close(solution.cross_entropy(z3, torch.tensor([0, 4, 2])), torch.log(torch.tensor(5.0, dtype=f64)),
                call="cross_entropy(full((3, 5), 2.5), tensor([0, 4, 2]))", **tol)


def _modifies_inputs(module, z, t):
    before = (z.clone(), t.clone())
    module.cross_entropy(z, t)
    return [bool((a != b).any()) for a, b in zip((z, t), before)]


@pytest.mark.edge
def test_does_not_modify_inputs(worker, np_rng):
    """cross_entropy leaves logits and targets as they were."""
    z = logits(np_rng, (4, 3))
    t = torch.tensor([2, -100, 0, 1])
    changed = worker.probe(_modifies_inputs, z, t, label="cross_entropy(z, t)")
    names = [n for n, c in zip(("logits", "targets"), changed) if c]
    assert not names, f"cross_entropy modified {', '.join(names)} in place; compute into new tensors"


@pytest.mark.parametrize("ignored", [0, 3], ids=["all-rows", "some-ignored"])
def test_gradient_is_softmax_minus_onehot(worker, np_rng, ignored):
    """The gradient is (softmax(z) - onehot(t)) / K on the K kept rows and zero on ignored rows."""
    z = logits(np_rng, (7, 4))
    t = with_ignored(np_rng, classes(np_rng, 7, 4), -100, ignored) if ignored else classes(np_rng, 7, 4)
    check_gradients(worker, "cross_entropy", [z, t], want_grads=[analytic_grad(z, t)],
                    call=describe(z, f"targets with {ignored} of 7 rows = -100"), rtol=1e-6, atol=1e-10)


@pytest.mark.edge
def test_gradient_at_huge_logits(worker):
    """At +-1e4 the gradient is still (softmax - onehot) / N, with softmax exactly 0 or 1."""
    z = torch.tensor([[1e4, 0.0, -1e4], [-1e4, 1e4, 1e4], [3e3, -3e3, 0.0]], dtype=f64)
    t = torch.tensor([2, 1, 0])
    check_gradients(worker, "cross_entropy", [z, t], want_grads=[analytic_grad(z, t)],
                    call="cross_entropy(tensor([[1e4, 0, -1e4], [-1e4, 1e4, 1e4], [3e3, -3e3, 0]]), "
                         "tensor([2, 1, 0]))", rtol=1e-6, atol=1e-12)


def test_gradcheck(worker, np_rng):
    """torch.autograd.gradcheck in float64: autograd agrees with finite differences."""
    z = logits(np_rng, (4, 3), scale=1.0)
    t = torch.tensor([1, -100, 0, 2])
    check_gradcheck(worker, "cross_entropy", [z, t], call=describe(z, "tensor([1, -100, 0, 2])"))
