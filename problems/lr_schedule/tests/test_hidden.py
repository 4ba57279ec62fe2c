"""Hidden tests for lr_schedule: whole schedules against a reference, the warmup boundary, the
floor at the last step and after it, no warmup, the default floor, a constant schedule, errors,
and apply_lr over a run with a scaled param group."""

import math

import pytest
from support import check_rates, run_apply, schedule

from harness.authoring import call_text, check, expect_raises


def oracle(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    if step >= total_steps - 1:
        return min_lr
    angle = math.pi * (step - warmup_steps) / (total_steps - 1 - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(angle)) / 2


def compare(worker, tol, base_lr, warmup_steps, total_steps, min_lr, extra=0):
    shown = "" if min_lr is None else f", {min_lr}"
    call = f"lr_at(step, {base_lr}, {warmup_steps}, {total_steps}{shown})"
    got = worker.probe(schedule, base_lr, warmup_steps, total_steps, min_lr, total_steps + extra, label=call)
    floor = 0.0 if min_lr is None else min_lr
    want = [oracle(s, base_lr, warmup_steps, total_steps, floor) for s in range(total_steps + extra)]
    check_rates(got, want, call=call, **tol)


CONFIGS = [(3e-4, 100, 1000, 3e-5), (0.1, 5, 40, 0.001), (1.0, 1, 12, 0.2), (2.5, 17, 53, 0.0)]


@pytest.mark.parametrize("config", CONFIGS, ids=[f"W{c[1]}-T{c[2]}" for c in CONFIGS])
def test_whole_schedules(worker, tol, config):
    """Every step of a run equals the reference schedule."""
    compare(worker, tol, *config)


@pytest.mark.edge
def test_warmup_boundary(worker, tol):
    """Step 0 gets base_lr / W (not 0), step W - 1 exactly base_lr, step W base_lr again."""
    compare(worker, tol, 0.5, 4, 10, 0.05)
    compare(worker, tol, 2.0, 2, 4, 0.5)  # two decay steps: base_lr, then min_lr


@pytest.mark.edge
def test_last_step_reaches_the_floor(worker, tol):
    """Step total_steps - 1 is exactly min_lr, and so is every step after the run."""
    compare(worker, tol, 1.0, 10, 50, 0.25, extra=5)
    compare(worker, tol, 0.3, 0, 7, 0.01, extra=3)


@pytest.mark.edge
def test_no_warmup_default_floor_constant(worker, tol):
    """warmup_steps = 0 starts at base_lr; min_lr left out decays to 0; min_lr = base_lr is constant."""
    compare(worker, tol, 0.7, 0, 20, 0.05)
    compare(worker, tol, 0.7, 3, 20, None, extra=2)
    compare(worker, tol, 0.4, 2, 9, 0.4)


@pytest.mark.edge
@pytest.mark.parametrize("args", [(-1, 1.0, 2, 10, 0.0), (0, 1.0, 9, 10, 0.0), (0, 1.0, -1, 10, 0.0),
                                  (0, 1.0, 2, 10, 2.0), (0, 0.0, 2, 10, 0.0), (0, 1.0, 2, 10, -0.1)],
                         ids=["negative-step", "warmup-too-long", "negative-warmup", "floor-above-base",
                              "zero-base", "negative-floor"])
def test_invalid_arguments_raise(solution, args):
    """Invalid steps, warmups, rates and floors raise ValueError."""
    expect_raises(ValueError, solution.lr_at, *args, call=call_text("lr_at", *args))


def test_apply_lr_sets_every_group(worker, tol):
    """apply_lr returns the rate and writes it, scaled by lr_scale where present, into each group dict
    in place, leaving the other keys alone."""
    groups = [{"lr": 9.0, "momentum": 0.9, "name": "body"}, {"lr": 9.0, "lr_scale": 0.1, "name": "embeddings"},
              {"lr": 9.0, "lr_scale": 2.0, "weight_decay": 0.01}]
    base, warmup, total, floor = 0.02, 3, 15, 0.002
    call = f"apply_lr(optimizer, step, {base}, {warmup}, {total}, {floor}) for every step"
    got = worker.probe(run_apply, groups, base, warmup, total, floor, label=call)
    want = [oracle(s, base, warmup, total, floor) for s in range(total)]
    check_rates(got["returned"], want, call=call + ": the returned rate", **tol)
    for i, group in enumerate(groups):
        scale = group.get("lr_scale", 1.0)
        check_rates([lrs[i] for lrs in got["group_lrs"]], [scale * w for w in want],
                    call=f"{call}: param_groups[{i}]['lr'] (lr_scale {scale})", **tol)
        others = {k: v for k, v in got["groups"][i].items() if k != "lr"}
        check(others == {k: v for k, v in group.items() if k != "lr"}, lambda i=i, others=others: (
            f"{call}: param_groups[{i}] has {others} besides 'lr'; expected the other keys unchanged"))
    check(got["same"], f"{call} replaced the group dicts; set group['lr'] in the existing dicts")
