"""Hidden tests for Adam: step-by-step trajectories against torch.optim.Adam in float64 on a
quadratic, the Rosenbrock function and a linear model; tiny and zero gradients; parameters without
a gradient on some steps (per-parameter step counts); zero_grad."""

import pytest
import torch

from harness.authoring import check
from optimizers import (check_trajectory, grads_after_zero_grad, objective_name,
                     reference, run_optimizer)

# The first torch.optim optimizer imports torch._dynamo (seconds): paying for it while the tests
# are collected overlaps it with the start of the solution's worker instead of the first test.
torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)

STEPS = 50
CONFIGS = {
    "defaults": dict(),
    "betas": dict(betas=(0.8, 0.99)),
    "large-eps": dict(eps=0.01),
    "decay": dict(weight_decay=0.1),
    "everything": dict(betas=(0.85, 0.995), eps=1e-5, weight_decay=0.01),
}
LEARNING_RATES = {"quadratic": 0.05, "rosenbrock": 0.01, "linear": 0.05, "intermittent": 0.05}


def t64(array):
    return torch.from_numpy(array).to(torch.float64)


def make_problem(kind, np_rng):
    if kind == "quadratic":
        q, _ = torch.linalg.qr(t64(np_rng.normal(size=(6, 6))))
        eig = t64(np_rng.uniform(0.5, 5.0, size=6))
        return {"kind": kind, "A": q @ torch.diag(eig) @ q.T, "b": t64(np_rng.normal(size=6)),
                "x0": t64(np_rng.normal(size=6))}
    if kind == "rosenbrock":
        return {"kind": kind, "x0": t64(np_rng.uniform([-1.5, -0.5], [1.5, 2.0]))}
    if kind == "linear":
        x = t64(np_rng.normal(size=(24, 3)))
        y = x @ t64(np_rng.normal(size=3)) + 0.5 + 0.1 * t64(np_rng.normal(size=24))
        return {"kind": kind, "X": x, "y": y, "w0": t64(np_rng.normal(size=(1, 3))),
                "b0": t64(np_rng.normal(size=1))}
    return {"kind": kind, "a0": t64(np_rng.normal(size=4)), "c0": t64(np_rng.normal(size=3)),
            "idle0": t64(np_rng.normal(size=(2, 2))), "a_target": t64(np_rng.normal(size=4)),
            "a_scale": t64(np_rng.uniform(0.5, 2.0, size=4))}


def describe(kwargs, problem, steps):
    args = ", ".join(f"{k}={v!r}" for k, v in kwargs.items())
    return f"Adam(params, {args}) on {objective_name(problem)}, {steps} steps"


def run_both(worker, kwargs, problem, steps):
    call = describe(kwargs, problem, steps)
    got = worker.probe(run_optimizer, "Adam", kwargs, problem, steps, label=call)
    want = reference("Adam", "Adam", kwargs, problem, steps)
    if not all(torch.isfinite(t).all() for t in want["trajectory"]):
        raise RuntimeError(f"the reference run diverged: {call} is not a usable test case")
    return got, want, call


@pytest.mark.parametrize("kind", ["quadratic", "rosenbrock", "linear"])
@pytest.mark.parametrize("config", CONFIGS)
def test_trajectory_matches_torch_adam(worker, np_rng, tol, kind, config):
    """Every parameter after every step equals torch.optim.Adam's with the same settings (float64)."""
    kwargs = dict(lr=LEARNING_RATES[kind], **CONFIGS[config])
    got, want, call = run_both(worker, kwargs, make_problem(kind, np_rng), STEPS)
    check_trajectory(got, want, call=call, **tol)


def test_random_hyperparameters(worker, np_rng, tol):
    """Random lr, betas, eps and weight decay on a quadratic."""
    betas = (float(np_rng.uniform(0.7, 0.95)), float(np_rng.uniform(0.98, 0.9999)))
    kwargs = dict(lr=float(np_rng.uniform(0.01, 0.1)), betas=betas, eps=float(10.0 ** np_rng.uniform(-8, -3)),
                  weight_decay=float(np_rng.uniform(0.0, 0.1)))
    got, want, call = run_both(worker, kwargs, make_problem("quadratic", np_rng), STEPS)
    check_trajectory(got, want, call=call, **tol)


@pytest.mark.edge
@pytest.mark.parametrize("config", ["defaults", "betas"])
def test_tiny_and_zero_gradients(worker, np_rng, tol, config):
    """Gradients near 1e-10, far below eps, and one exactly 0: eps goes outside the square root.

    eps is added after the square root of the corrected v, and 0 / (0 + eps) moves nothing."""
    problem = {"kind": "quadratic",
               "A": torch.diag(torch.cat([t64(np_rng.uniform(1.0, 3.0, size=3)) * 1e-10,
                                          torch.ones(1, dtype=torch.float64)])),
               "b": torch.cat([t64(np_rng.normal(size=3)) * 1e-10, torch.zeros(1, dtype=torch.float64)]),
               "x0": torch.cat([t64(np_rng.normal(size=3)), torch.zeros(1, dtype=torch.float64)])}
    kwargs = dict(lr=0.05, **CONFIGS[config])
    got, want, call = run_both(worker, kwargs, problem, 20)
    check_trajectory(got, want, call=call.replace("a convex quadratic", "a quadratic with gradients of "
                                                  "about 1e-10 and one exactly 0"), **tol)


@pytest.mark.edge
@pytest.mark.parametrize("config", ["defaults", "everything"])
def test_parameters_without_gradient_are_skipped(worker, np_rng, tol, config):
    """A parameter whose .grad is None is skipped: not moved, its moments and step count kept.

    The step count used in the bias correction is the parameter's own."""
    kwargs = dict(lr=LEARNING_RATES["intermittent"], **CONFIGS[config])
    got, want, call = run_both(worker, kwargs, make_problem("intermittent", np_rng), 30)
    idle_got, idle_want = got["trajectory"][2], want["trajectory"][2]
    check(torch.equal(idle_got[-1], idle_want[0]), lambda: (
        f"{call}: parameter 3 never has a gradient, so it must never move; it went from "
        f"{idle_want[0].tolist()} to {idle_got[-1].tolist()}"))
    check_trajectory(got, want, call=call, **tol)


@pytest.mark.edge
def test_zero_grad_sets_grads_to_none(worker, np_rng):
    """zero_grad() sets every parameter's .grad to None."""
    problem = {"x0": t64(np_rng.normal(size=3)), "y0": t64(np_rng.normal(size=(2, 2)))}
    reply = worker.probe(grads_after_zero_grad, "Adam", {"lr": 0.01}, problem, label="Adam.zero_grad()")
    check(reply == [True, True], lambda: (
        f"after zero_grad(), whether each parameter's .grad is None: {reply} (expected [True, True]); "
        "set p.grad = None for every parameter, as torch's zero_grad does by default"))
