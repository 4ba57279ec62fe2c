"""Hidden tests for focal_loss: a float64 oracle on generated logits, gammas and class weights,
gamma = 0 against cross-entropy, stability at +-1e4, shift invariance, dtype, and gradients."""

import pytest
import torch
import torch.nn.functional as F

from harness.authoring import check_close, check_finite, check_gradcheck, check_gradients

f64 = torch.float64
CASES = [((6, 3), 2.0), ((16, 10), 0.5), ((4, 25), 1.0), ((9, 2), 3.5)]


def reference(z, t, gamma=2.0, alpha=None):
    """-alpha[t] (1 - p_t)^gamma log p_t with log p_t from log_softmax, mean over rows, in float64."""
    log_pt = torch.log_softmax(z.double(), dim=1).gather(1, t.unsqueeze(1)).squeeze(1)
    loss = -(-torch.expm1(log_pt)) ** gamma * log_pt
    if alpha is not None:
        loss = alpha.double()[t] * loss
    return loss.mean()


def reference_grad(z, t, gamma=2.0, alpha=None):
    leaf = z.clone().requires_grad_(True)
    reference(leaf, t, gamma, alpha).backward()
    return leaf.grad


def logits(np_rng, shape, scale=3.0):
    return torch.from_numpy(np_rng.normal(0.0, scale, size=shape))


def classes(np_rng, n, c):
    return torch.from_numpy(np_rng.integers(0, c, size=n).astype("int64"))


def weights(np_rng, c):
    return torch.from_numpy(np_rng.uniform(0.1, 1.0, size=c))


def describe(z, gamma, alpha=None, targets="random class indices"):
    text = (f"focal_loss(logits of shape {tuple(z.shape)} ({str(z.dtype).replace('torch.', '')}), {targets}, "
            f"gamma={gamma!r}")
    return text + (f", alpha of shape {tuple(alpha.shape)})" if alpha is not None else ")")


@pytest.mark.parametrize("shape,gamma", CASES, ids=[f"{n}x{c}-gamma{g}" for (n, c), g in CASES])
def test_random_logits(solution, np_rng, tol, shape, gamma):
    """Random logits and targets for several gammas: the mean of -(1 - p_t)^gamma log p_t."""
    z, t = logits(np_rng, shape), classes(np_rng, *shape)
    check_close(solution.focal_loss(z, t, gamma=gamma), reference(z, t, gamma), call=describe(z, gamma), **tol)


@pytest.mark.parametrize("gamma", [2.0, 0.0], ids=["gamma2", "gamma0"])
def test_alpha_weights_divide_by_n(solution, np_rng, tol, gamma):
    """alpha[t] scales each row and the mean still divides by N, not by the sum of the weights."""
    z, t, alpha = logits(np_rng, (10, 4)), classes(np_rng, 10, 4), weights(np_rng, 4)
    check_close(solution.focal_loss(z, t, gamma=gamma, alpha=alpha), reference(z, t, gamma, alpha),
                call=describe(z, gamma, alpha), **tol)


def test_gamma_zero_is_cross_entropy(solution, np_rng):
    """With gamma = 0 and no alpha, focal loss equals softmax cross-entropy (to relative 1e-10)."""
    z, t = logits(np_rng, (12, 7)), classes(np_rng, 12, 7)
    check_close(solution.focal_loss(z, t, gamma=0.0), F.cross_entropy(z, t), call=describe(z, 0.0),
                rtol=1e-10, atol=1e-12)


def test_integer_gamma(solution, np_rng, tol):
    """gamma may be a Python int (gamma=2 behaves like gamma=2.0)."""
    z, t = logits(np_rng, (5, 3)), classes(np_rng, 5, 3)
    check_close(solution.focal_loss(z, t, gamma=2), reference(z, t, 2.0), call=describe(z, 2), **tol)


def test_float32_keeps_its_dtype(solution, np_rng):
    """A float32 input gives a float32 0-dim answer, accurate to float32 precision."""
    z, t, alpha = logits(np_rng, (6, 5)), classes(np_rng, 6, 5), weights(np_rng, 5)
    got = solution.focal_loss(z.float(), t, gamma=2.0, alpha=alpha.float())
    check_close(got, reference(z, t, 2.0, alpha).float(), call=describe(z.float(), 2.0, alpha),
                rtol=1e-5, atol=1e-6)


HUGE = torch.tensor([[1e4, 0.0, -1e4], [1e4, 0.0, -1e4], [1e4, 0.0, -1e4], [-1e4, -1e4, -1e4 + 1.0],
                     [5e3, 5e3, 5e3], [0.0, 1e4, 1e4]], dtype=f64)
HUGE_T = torch.tensor([0, 1, 2, 2, 1, 0])
HUGE_CALL = ("focal_loss(tensor([[1e4, 0, -1e4], [1e4, 0, -1e4], [1e4, 0, -1e4], [-1e4, -1e4, -1e4+1], "
             "[5e3, 5e3, 5e3], [0, 1e4, 1e4]]), tensor([0, 1, 2, 2, 1, 0])")


@pytest.mark.edge
@pytest.mark.parametrize("gamma", [0.0, 0.5, 2.0])
def test_huge_logits_stay_finite(solution, tol, gamma):
    """Logits of +-1e4: p_t underflows to 0 or rounds to 1, yet log p_t must stay exact."""
    got = solution.focal_loss(HUGE, HUGE_T, gamma=gamma)
    call = f"{HUGE_CALL}, gamma={gamma})"
    check_finite(got, call=call)
    check_close(got, reference(HUGE, HUGE_T, gamma), call=call, **tol)


@pytest.mark.edge
def test_shift_invariance(solution, np_rng, tol):
    """Adding a constant to a whole row (here up to 1e4) changes nothing."""
    z, t = logits(np_rng, (4, 6)), classes(np_rng, 4, 6)
    shifted = z + torch.tensor([[1e4], [-3e3], [0.5], [-9e3]], dtype=f64)
    check_close(solution.focal_loss(shifted, t, gamma=2.0), reference(z, t, 2.0),
                call="focal_loss(z + c, targets, gamma=2.0) for per-row constants c up to 1e4", **tol)


@pytest.mark.edge
def test_one_class_and_one_row(solution, tol):
    """A single class costs 0 (p_t = 1, also for gamma = 0); a single row is its own mean."""
    z1 = torch.tensor([[3.0], [-7.5]], dtype=f64)
    for gamma in (0.0, 2.0):
        check_close(solution.focal_loss(z1, torch.tensor([0, 0]), gamma=gamma), torch.tensor(0.0, dtype=f64),
                    call=f"focal_loss(tensor([[3.], [-7.5]]), tensor([0, 0]), gamma={gamma})", **tol)
    z2 = torch.tensor([[0.25, -1.5, 2.0, 0.0]], dtype=f64)
    t2 = torch.tensor([3])
    alpha = torch.tensor([0.1, 0.2, 0.3, 0.4], dtype=f64)
    check_close(solution.focal_loss(z2, t2, gamma=1.5, alpha=alpha), reference(z2, t2, 1.5, alpha),
                call="focal_loss(tensor([[0.25, -1.5, 2., 0.]]), tensor([3]), gamma=1.5, "
                     "alpha=tensor([0.1, 0.2, 0.3, 0.4]))", **tol)


def _modifies_inputs(module, z, t, alpha):
    before = (z.clone(), t.clone(), alpha.clone())
    module.focal_loss(z, t, gamma=2.0, alpha=alpha)
    return [bool((a != b).any()) for a, b in zip((z, t, alpha), before)]


@pytest.mark.edge
def test_does_not_modify_inputs(worker, np_rng):
    """focal_loss leaves logits, targets and alpha as they were."""
    z, t, alpha = logits(np_rng, (4, 3)), classes(np_rng, 4, 3), weights(np_rng, 3)
    changed = worker.probe(_modifies_inputs, z, t, alpha, label="focal_loss(z, t, gamma=2.0, alpha=alpha)")
    names = [n for n, c in zip(("logits", "targets", "alpha"), changed) if c]
    assert not names, f"focal_loss modified {', '.join(names)} in place; compute into new tensors"


@pytest.mark.parametrize("gamma,weighted", [(2.0, False), (0.5, True), (0.0, False)],
                         ids=["gamma2", "gamma0.5-alpha", "gamma0"])
def test_gradients_match_reference(worker, np_rng, gamma, weighted):
    """The gradient flows through both log p_t and the factor (1 - p_t)^gamma."""
    z, t = logits(np_rng, (6, 4)), classes(np_rng, 6, 4)
    alpha = weights(np_rng, 4) if weighted else None
    check_gradients(worker, "focal_loss", [z, t, gamma, alpha], want_grads=[reference_grad(z, t, gamma, alpha)],
                    call=describe(z, gamma, alpha), rtol=1e-6, atol=1e-10)


@pytest.mark.edge
@pytest.mark.parametrize("gamma", [0.0, 1.0, 2.0])
def test_gradients_at_huge_logits(worker, gamma):
    """At +-1e4 the gradient stays finite and right (p_t exactly 0 or 1)."""
    check_gradients(worker, "focal_loss", [HUGE, HUGE_T, gamma], want_grads=[reference_grad(HUGE, HUGE_T, gamma)],
                    call=f"{HUGE_CALL}, gamma={gamma})", rtol=1e-6, atol=1e-12)


@pytest.mark.parametrize("gamma", [2.0, 0.5])
def test_gradcheck(worker, np_rng, gamma):
    """torch.autograd.gradcheck in float64: autograd agrees with finite differences."""
    z, t, alpha = logits(np_rng, (4, 3), scale=1.0), classes(np_rng, 4, 3), weights(np_rng, 3)
    check_gradcheck(worker, "focal_loss", [z, t, gamma, alpha], call=describe(z, gamma, alpha))
