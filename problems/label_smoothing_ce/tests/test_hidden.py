"""Hidden tests for label_smoothing_cross_entropy: float64 against torch.nn.functional.cross_entropy
with label_smoothing and ignore_index (random batches, ignore_index a valid class, all ignored,
N = 0 and 1, K = 1 and 2, logits of +-1e4, defaults, float32) and the gradient against autograd."""

import pytest
import torch
import torch.nn.functional as F

from harness.authoring import call_text, check_close, check_finite, check_gradients, fact


def want_loss(logits, targets, eps, ignore_index):
    if not bool((targets != ignore_index).any()):
        return torch.zeros((), dtype=logits.dtype)
    return F.cross_entropy(logits, targets, label_smoothing=eps, ignore_index=ignore_index)


def batch(np_rng, n, k, ignore_index=-100, ignored=0.25, scale=2.0):
    logits = torch.from_numpy(np_rng.normal(size=(n, k)) * scale)
    targets = np_rng.integers(0, k, size=n)
    targets[np_rng.random(n) < ignored] = ignore_index
    return logits, torch.from_numpy(targets.astype("int64"))


def check_loss(solution, logits, targets, eps, ignored_class, tol, what, **kwargs):
    call = f"label_smoothing_cross_entropy({what}{''.join(f', {k}={v}' for k, v in kwargs.items())})"
    got = solution.label_smoothing_cross_entropy(logits, targets, **kwargs)
    check_close(got, want_loss(logits, targets, eps, ignored_class), call=call, **tol)
    return got


@pytest.mark.parametrize("eps", [0.0, 0.3, 1.0])  # none, some, all of the mass smoothed
def test_random_batches(solution, np_rng, tol, eps):
    """Smoothing eps / K on every class; ignored examples (-100) left out of the mean."""
    logits, targets = batch(np_rng, 12, 5)
    targets[0] = -100  # at least one ignored
    check_loss(solution, logits, targets, eps, -100, tol, "logits (12, 5), targets with -100",
               smoothing=eps)


def test_ignore_index_is_a_class(solution, np_rng, tol):
    """ignore_index = 2, a valid class: examples of class 2 are left out."""
    logits, targets = batch(np_rng, 15, 4, ignored=0.0)
    targets[:3] = 2
    check_loss(solution, logits, targets, 0.2, 2, tol, "logits (15, 4), targets", smoothing=0.2, ignore_index=2)


def test_defaults(solution, np_rng, tol):
    """smoothing = 0.0 and ignore_index = -100 when not given."""
    logits, targets = batch(np_rng, 10, 3)
    targets[1] = -100
    check_loss(solution, logits, targets, 0.0, -100, tol, "logits (10, 3), targets with -100")


def test_gradient(worker, np_rng):
    """The gradient with respect to the logits equals autograd through torch's loss."""
    logits, targets = batch(np_rng, 8, 6)
    targets[2] = -100
    leaf = logits.clone().requires_grad_(True)
    F.cross_entropy(leaf, targets, label_smoothing=0.15).backward()
    check_gradients(worker, "label_smoothing_cross_entropy", [logits, targets, 0.15], want_grads=[leaf.grad],
                    call="label_smoothing_cross_entropy(logits (8, 6), targets, 0.15)", rtol=1e-9, atol=1e-12)


@pytest.mark.edge
@pytest.mark.parametrize("n", [0, 3], ids=["empty", "three-all-ignored"])
def test_nothing_left(solution, np_rng, tol, n):
    """Every target ignored, or no example at all: 0.0, not nan."""
    logits = torch.from_numpy(np_rng.normal(size=(n, 4)))
    targets = torch.full((n,), -100, dtype=torch.int64)
    check_close(solution.label_smoothing_cross_entropy(logits, targets, smoothing=0.1),
                torch.tensor(0.0, dtype=torch.float64),
                call=f"label_smoothing_cross_entropy(logits ({n}, 4), every target -100, smoothing=0.1)", **tol)


@pytest.mark.edge
@pytest.mark.parametrize("shape", [(1, 5), (6, 1), (6, 2)], ids=["N1", "K1", "K2"])
def test_small_shapes(solution, np_rng, tol, shape):
    """One example; one class (loss 0); two classes."""
    logits, targets = batch(np_rng, *shape, ignored=0.0)
    check_loss(solution, logits, targets, 0.2, -100, tol, f"logits {shape}, targets", smoothing=0.2)


@pytest.mark.edge
@pytest.mark.parametrize("eps", [0.0, 0.25])
def test_huge_logits(solution, np_rng, tol, eps):
    """Logits of +-1e4: finite and equal to the stable answer (some classes get log p of about -2e4)."""
    huge = float(fact("huge"))
    logits = torch.from_numpy(np_rng.choice([-huge, huge, 0.0], size=(6, 4)))
    targets = torch.from_numpy(np_rng.integers(0, 4, size=6).astype("int64"))
    got = check_loss(solution, logits, targets, eps, -100, tol, f"logits of +-{huge:g}, targets", smoothing=eps)
    check_finite(got, call=call_text("label_smoothing_cross_entropy", "<logits of +-1e4>", "<targets>", eps))


@pytest.mark.edge
def test_float32(solution, np_rng):
    """float32 logits give a float32 0-d result."""
    logits, targets = batch(np_rng, 7, 3)
    logits = logits.float()
    targets[0] = -100
    check_loss(solution, logits, targets, 0.1, -100, {"rtol": 1e-5, "atol": 1e-6}, "float32 logits (7, 3), targets",
               smoothing=0.1)
