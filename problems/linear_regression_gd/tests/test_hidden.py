"""Hidden tests for fit: optimality (gradient norm and gap to the normal equations) on standardised
data, the minimum-norm point where the minimiser is not unique, the autograd loop itself
(backward passes counted), zero steps, and untouched inputs."""

import numpy as np
import pytest
import torch
from support import check_fit

from harness.authoring import check_close


def standardised(np_rng, n, d):
    Z = np_rng.normal(size=(n, d)) * np_rng.uniform(0.5, 3.0, size=d) + np_rng.normal(0, 2, size=d)
    return (Z - Z.mean(axis=0)) / Z.std(axis=0)


def targets(np_rng, X):
    w = np_rng.normal(0.0, 2.0, size=X.shape[1])
    b = np_rng.choice([-1.0, 1.0]) * np_rng.uniform(1.0, 5.0)
    return X @ w + b + np_rng.normal(0.0, 0.5, size=len(X))


def data(np_rng, n, d):
    X = standardised(np_rng, n, d)
    return torch.from_numpy(X), torch.from_numpy(targets(np_rng, X))


CASES = [(200, 3, 0.1, 300), (50, 1, 0.1, 200), (1000, 8, 0.1, 300), (300, 5, 0.05, 600), (80, 4, 0.2, 300)]


@pytest.mark.parametrize("n,d,lr,steps", CASES, ids=[f"N{n}-D{d}-lr{lr}-{s}steps" for n, d, lr, s in CASES])
def test_reaches_the_least_squares_optimum(solution, np_rng, n, d, lr, steps):
    """On standardised features with an intercept far from 0, the returned (w, b) minimises the MSE."""
    X, y = data(np_rng, n, d)
    check_fit(solution.fit(X, y, lr=lr, steps=steps), X, y,
              call=f"fit(<X of shape ({n}, {d})>, y, lr={lr}, steps={steps})")


def _count_backward_passes(module, X, y, steps):
    import torch

    counts = {"passes": 0}
    backward, grad = torch.autograd.backward, torch.autograd.grad

    def counting_backward(*args, **kwargs):
        counts["passes"] += 1
        return backward(*args, **kwargs)

    def counting_grad(*args, **kwargs):
        counts["passes"] += 1
        return grad(*args, **kwargs)

    torch.autograd.backward, torch.autograd.grad = counting_backward, counting_grad
    try:
        module.fit(X, y, lr=0.1, steps=steps)
    finally:
        torch.autograd.backward, torch.autograd.grad = backward, grad
    return counts["passes"]


def test_gradients_come_from_autograd(worker, np_rng):
    """Each of the `steps` updates uses a backward pass (loss.backward()), not a hand-derived gradient."""
    X, y = data(np_rng, 40, 2)
    passes = worker.probe(_count_backward_passes, X, y, 7, label="fit(X, y, lr=0.1, steps=7)")
    assert passes >= 7, (f"fit(X, y, lr=0.1, steps=7) ran {passes} backward pass(es); expected one per step "
                         "(7): compute the gradients with loss.backward(), not by a formula")


@pytest.mark.edge
def test_zero_steps_returns_the_start(solution, np_rng, tol):
    """steps=0 returns the starting point w = 0, b = 0 (float64, shapes (D,) and ())."""
    X, y = data(np_rng, 30, 3)
    got = solution.fit(X, y, lr=0.1, steps=0)
    assert type(got) is tuple and len(got) == 2, \
        f"fit(X, y, steps=0) returned {type(got).__name__}; expected a tuple (w, b)"
    check_close(got[0], torch.zeros(3, dtype=torch.float64), call="fit(X, y, lr=0.1, steps=0)[0] (w)", **tol)
    check_close(got[1], torch.zeros((), dtype=torch.float64), call="fit(X, y, lr=0.1, steps=0)[1] (b)", **tol)


@pytest.mark.edge
@pytest.mark.parametrize("d", [1, 3])
def test_single_example_reaches_minimum_norm(solution, np_rng, tol, d):
    """N = 1: infinitely many exact fits; from zero, gradient descent reaches the smallest ||(w, b)||."""
    X = torch.from_numpy(np_rng.uniform(-1.0, 1.0, size=(1, d)))
    y = torch.from_numpy(np_rng.uniform(-4.0, 4.0, size=1))
    check_fit(solution.fit(X, y, lr=0.1, steps=200), X, y,
              call=f"fit(<one example, {d} feature(s)>, y, lr=0.1, steps=200)", min_norm=True, tol=tol)


@pytest.mark.edge
def test_constant_column_reaches_minimum_norm(solution, np_rng, tol):
    """A column of ones duplicates the bias: the minimiser is not unique; expect the minimum-norm one."""
    Z = standardised(np_rng, 120, 3)
    X = np.hstack([Z[:, :1], np.ones((120, 1)), Z[:, 1:]])
    X, y = torch.from_numpy(X), torch.from_numpy(targets(np_rng, X))
    check_fit(solution.fit(X, y, lr=0.1, steps=300), X, y,
              call="fit(<X (120, 4) whose column 1 is all ones>, y, lr=0.1, steps=300)", min_norm=True, tol=tol)


def _modifies_inputs(module, X, y):
    before = (X.clone(), y.clone())
    module.fit(X, y, lr=0.1, steps=20)
    return [bool((X != before[0]).any()), bool((y != before[1]).any())]


@pytest.mark.edge
def test_inputs_are_not_modified(worker, np_rng):
    """fit leaves X and y as they were."""
    X, y = data(np_rng, 25, 2)
    changed = worker.probe(_modifies_inputs, X, y, label="fit(X, y, lr=0.1, steps=20)")
    names = [name for name, flag in zip(("X", "y"), changed) if flag]
    assert not names, f"fit(X, y) modified {', '.join(names)} in place; leave the inputs alone"
