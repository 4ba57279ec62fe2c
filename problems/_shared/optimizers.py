"""Shared by the visible and hidden tests of adam, rmsprop and sgd_momentum (support = ["optimizers"]
in their problem.toml): the objectives an optimizer is run on, the probe that
runs it, and the step-by-step comparison of two trajectories.

`run_optimizer` runs next to your solution: it builds float64 parameters, then repeats
zero_grad / loss / backward / step and records every parameter after every step. The expected
trajectory comes from the same function driving torch.optim on the trusted side.
"""

from harness.authoring import CheckFailed, check_close


def run_optimizer(module, class_name, kwargs, problem, steps):
    """Run module.<class_name>(params, **kwargs) for `steps` steps on `problem` (a dict, see
    `objective_name`). Returns {"trajectory": [tensor (steps + 1, numel) per parameter],
    "losses": tensor (steps,)}; row 0 of each trajectory is the starting point."""
    import torch

    kind = problem["kind"]
    if kind == "quadratic":
        a, b = problem["A"], problem["b"]
        x = problem["x0"].clone().requires_grad_(True)
        params, given = [x], [x]

        def loss_fn(t):
            return 0.5 * (x @ (a @ x)) - b @ x
    elif kind == "rosenbrock":
        x = problem["x0"].clone().requires_grad_(True)
        params, given = [x], [x]

        def loss_fn(t):
            return (1.0 - x[0]) ** 2 + 100.0 * (x[1] - x[0] ** 2) ** 2
    elif kind == "linear":
        features, targets = problem["X"], problem["y"]
        model = torch.nn.Linear(features.shape[1], 1, dtype=torch.float64)
        with torch.no_grad():
            model.weight.copy_(problem["w0"])
            model.bias.copy_(problem["b0"])
        params = list(model.parameters())
        given = model.parameters()  # a generator, as in everyday use

        def loss_fn(t):
            return ((model(features).squeeze(1) - targets) ** 2).mean()
    elif kind == "intermittent":
        # a: used every step; c: only on steps t % 3 != 2 (its grad is None on the others);
        # idle: never used (its grad is always None).
        a = problem["a0"].clone().requires_grad_(True)
        c = problem["c0"].clone().requires_grad_(True)
        idle = problem["idle0"].clone().requires_grad_(True)
        params, given = [a, c, idle], [a, c, idle]

        def loss_fn(t):
            loss = ((a - problem["a_target"]) ** 2 * problem["a_scale"]).sum()
            if t % 3 != 2:
                loss = loss + (c ** 4).sum() + (a[: c.shape[0]] * c).sum()
            return loss
    else:
        raise ValueError(f"unknown objective {kind!r}")

    optimizer = getattr(module, class_name)(given, **kwargs)
    rows = [[p.detach().clone().reshape(-1)] for p in params]
    losses = []
    for t in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(t)
        loss.backward()
        optimizer.step()
        losses.append(float(loss.detach()))
        for row, p in zip(rows, params):
            row.append(p.detach().clone().reshape(-1))
    return {"trajectory": [torch.stack(row) for row in rows],
            "losses": torch.tensor(losses, dtype=torch.float64)}


def grads_after_zero_grad(module, class_name, kwargs, problem):
    """After one backward pass, call zero_grad(); report which parameters' .grad is None."""
    x = problem["x0"].clone().requires_grad_(True)
    y = problem["y0"].clone().requires_grad_(True)
    optimizer = getattr(module, class_name)([x, y], **kwargs)
    ((x ** 2).sum() + (y ** 3).sum()).backward()
    optimizer.zero_grad()
    return [p.grad is None for p in (x, y)]


def reference(torch_class, class_name, kwargs, problem, steps):
    """The expected run: the same probe driving torch.optim.<torch_class> (trusted side only)."""
    import types

    import torch

    cls = getattr(torch.optim, torch_class)
    module = types.SimpleNamespace(**{class_name: lambda params, **kw: cls(params, **kw)})
    return run_optimizer(module, class_name, kwargs, problem, steps)


def objective_name(problem) -> str:
    return {"quadratic": "a convex quadratic 0.5 x'Ax - b'x",
            "rosenbrock": "the Rosenbrock function",
            "linear": "the mean squared error of a torch.nn.Linear model (params given as the generator "
                      "model.parameters())",
            "intermittent": "an objective where parameter 2 has no gradient every third step and "
                            "parameter 3 never has one"}[problem["kind"]]


def check_trajectory(got, want, *, call: str, rtol: float, atol: float) -> None:
    """Every parameter after every step matches; a failure names the first step that differs."""
    import numpy as np

    got_rows, want_rows = got["trajectory"], want["trajectory"]
    if len(got_rows) != len(want_rows):
        raise CheckFailed(f"{call}: the probe recorded {len(got_rows)} parameters; expected {len(want_rows)}")
    steps = want_rows[0].shape[0] - 1
    for t in range(steps + 1):
        for i, (g, w) in enumerate(zip(got_rows, want_rows)):
            gt, wt = g[t].numpy(), w[t].numpy()
            if np.array_equal(gt, wt):
                continue
            if np.all(np.abs(gt - wt) <= atol + rtol * np.abs(wt)):
                continue
            where = "before the first step" if t == 0 else f"after step {t} of {steps}"
            check_close(g[t], w[t], call=f"{call}: parameter {i + 1} {where}", rtol=rtol, atol=atol)
