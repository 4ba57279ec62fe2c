"""Hidden tests for triplet_loss: float64 references on generated embeddings, the hinge (satisfied
triplets cost 0), coincident points, invariances, dtype, and gradients to all three inputs."""

import pytest
import torch

from harness.authoring import check_close, check_gradcheck, check_gradients

f64 = torch.float64
CASES = [((8, 3), 1.0), ((16, 10), 0.5), ((5, 64), 2.0), ((12, 1), 0.3)]


def reference(a, p, n, margin):
    """Plain Euclidean distances (torch.linalg.norm: zero gradient at zero distance), hinge, mean."""
    d_ap = torch.linalg.norm(a - p, dim=1)
    d_an = torch.linalg.norm(a - n, dim=1)
    return (d_ap - d_an + margin).clamp(min=0).mean()


def reference_grads(a, p, n, margin):
    leaves = [x.clone().requires_grad_(True) for x in (a, p, n)]
    reference(*leaves, margin).backward()
    return [x.grad for x in leaves]


def triplets(np_rng, shape):
    """Anchors, positives near them, negatives a little further: a mix of active and satisfied."""
    a = np_rng.normal(0.0, 1.0, size=shape)
    p = a + np_rng.normal(0.0, 0.8, size=shape)
    n = a + np_rng.normal(0.0, 1.0, size=shape)
    return tuple(torch.from_numpy(x) for x in (a, p, n))


def describe(a, margin, what="random triplets"):
    return f"triplet_loss({what} of shape {tuple(a.shape)} ({str(a.dtype).replace('torch.', '')}), margin={margin!r})"


@pytest.mark.parametrize("shape,margin", CASES, ids=[f"{n}x{d}-margin{m}" for (n, d), m in CASES])
def test_random_triplets(solution, np_rng, tol, shape, margin):
    """Random triplets, some violating the margin and some not: mean of the hinged differences."""
    a, p, n = triplets(np_rng, shape)
    check_close(solution.triplet_loss(a, p, n, margin=margin), reference(a, p, n, margin),
                call=describe(a, margin), **tol)


def test_zero_margin(solution, np_rng, tol):
    """margin = 0: only triplets whose negative is closer than their positive cost anything."""
    a, p, n = triplets(np_rng, (10, 4))
    check_close(solution.triplet_loss(a, p, n, margin=0.0), reference(a, p, n, 0.0), call=describe(a, 0.0), **tol)


def test_scale_and_translation(solution, np_rng, tol):
    """Shifting every point by one vector changes nothing; scaling points and margin by c scales the loss by c."""
    a, p, n = triplets(np_rng, (6, 5))
    shift = torch.from_numpy(np_rng.normal(0.0, 10.0, size=(1, 5)))
    c = 3.5
    got = solution.triplet_loss(c * a + shift, c * p + shift, c * n + shift, margin=c * 0.8)
    check_close(got, c * reference(a, p, n, 0.8),
                call="triplet_loss(3.5 * a + v, 3.5 * p + v, 3.5 * n + v, margin=3.5 * 0.8) "
                     "vs 3.5 * triplet_loss(a, p, n, 0.8)", **tol)


def test_float32_keeps_its_dtype(solution, np_rng):
    """float32 inputs give a float32 0-dim answer, accurate to float32 precision."""
    a, p, n = (x.float() for x in triplets(np_rng, (7, 6)))
    want = reference(a.double(), p.double(), n.double(), 1.0).float()
    check_close(solution.triplet_loss(a, p, n, margin=1.0), want, call=describe(a, 1.0), rtol=1e-5, atol=1e-6)


@pytest.mark.edge
def test_satisfied_triplets_cost_zero(solution, worker, np_rng):
    """Negatives far beyond the margin: the loss is exactly 0 (not negative) and so are all gradients."""
    a = torch.from_numpy(np_rng.normal(0.0, 1.0, size=(6, 3)))
    p = a + torch.from_numpy(np_rng.normal(0.0, 0.1, size=(6, 3)))
    n = a + 10.0
    call = describe(a, 1.0, "triplets with every negative about 17 away and every positive close by")
    check_close(solution.triplet_loss(a, p, n, margin=1.0), torch.tensor(0.0, dtype=f64), call=call,
                rtol=0.0, atol=0.0)
    zero = torch.zeros_like(a)
    check_gradients(worker, "triplet_loss", [a, p, n, 1.0], want_grads=[zero, zero, zero], wrt=(0, 1, 2),
                    call=call, atol=0.0, rtol=0.0)


# Triplet 0: anchor == positive; 1: anchor == negative; 2: positive == negative; 3: all three equal;
# 4: an ordinary active triplet. Every hinge is active (margin 2.5), none sits at its kink.
COINCIDENT = (
    torch.tensor([[1.0, 2.0, 0.0], [0.5, -1.0, 2.0], [0.0, 0.0, 0.0], [3.0, 3.0, 3.0], [1.0, 0.0, 0.0]], dtype=f64),
    torch.tensor([[1.0, 2.0, 0.0], [1.5, -1.0, 2.0], [1.0, 1.0, 1.0], [3.0, 3.0, 3.0], [0.0, 1.0, 0.0]], dtype=f64),
    torch.tensor([[1.0, 3.0, 2.0], [0.5, -1.0, 2.0], [1.0, 1.0, 1.0], [3.0, 3.0, 3.0], [0.0, 0.0, 1.5]], dtype=f64),
)
COINCIDENT_CALL = ("triplet_loss(5 triplets in 3-d with anchor == positive, anchor == negative, "
                   "positive == negative and all three equal, margin=2.5)")


@pytest.mark.edge
def test_coincident_points_value(solution, tol):
    """Coinciding points are at distance exactly 0."""
    check_close(solution.triplet_loss(*COINCIDENT, margin=2.5), reference(*COINCIDENT, 2.5), call=COINCIDENT_CALL,
                **tol)


@pytest.mark.edge
def test_coincident_points_gradient(worker):
    """Gradients stay finite where points coincide: a zero distance contributes a zero gradient."""
    check_gradients(worker, "triplet_loss", [*COINCIDENT, 2.5], want_grads=reference_grads(*COINCIDENT, 2.5),
                    wrt=(0, 1, 2), call=COINCIDENT_CALL, rtol=1e-9, atol=1e-12)


@pytest.mark.edge
def test_single_triplet_in_one_dimension(solution, tol):
    """N = 1, D = 1: distances are absolute differences."""
    a, p, n = (torch.tensor([[v]], dtype=f64) for v in (2.0, -1.0, 3.5))
    check_close(solution.triplet_loss(a, p, n, margin=0.25), torch.tensor(1.75, dtype=f64),
                call="triplet_loss(tensor([[2.]]), tensor([[-1.]]), tensor([[3.5]]), margin=0.25)", **tol)


def _modifies_inputs(module, a, p, n):
    before = (a.clone(), p.clone(), n.clone())
    module.triplet_loss(a, p, n, margin=1.0)
    return [bool((x != b).any()) for x, b in zip((a, p, n), before)]


@pytest.mark.edge
def test_does_not_modify_inputs(worker, np_rng):
    """triplet_loss leaves anchor, positive and negative as they were."""
    a, p, n = triplets(np_rng, (4, 3))
    changed = worker.probe(_modifies_inputs, a, p, n, label="triplet_loss(anchor, positive, negative, margin=1.0)")
    names = [w for w, c in zip(("anchor", "positive", "negative"), changed) if c]
    assert not names, f"triplet_loss modified {', '.join(names)} in place; compute into new tensors"


@pytest.mark.parametrize("margin", [1.0, 0.4])
def test_gradients(worker, np_rng, margin):
    """Gradients reach anchor, positive and negative and match the float64 reference."""
    a, p, n = triplets(np_rng, (8, 4))
    check_gradients(worker, "triplet_loss", [a, p, n, margin], want_grads=reference_grads(a, p, n, margin),
                    wrt=(0, 1, 2), call=describe(a, margin), rtol=1e-6, atol=1e-10)


def test_gradcheck(worker, np_rng):
    """torch.autograd.gradcheck in float64: autograd agrees with finite differences."""
    a, p, n = triplets(np_rng, (4, 3))
    check_gradcheck(worker, "triplet_loss", [a, p, n, 1.5], wrt=(0, 1, 2), call=describe(a, 1.5))
