"""Visible examples for lr_schedule (what `drill test` runs)."""

import math

from support import check_rates, run_apply, schedule

WANT = [1 / 3, 2 / 3, 1.0, 1.0, 0.1 + 0.45 * (1 + math.cos(math.pi / 6)), 0.775, 0.55,
        0.1 + 0.45 * (1 + math.cos(math.pi * 4 / 6)), 0.1 + 0.45 * (1 + math.cos(math.pi * 5 / 6)), 0.1, 0.1]


def test_example_schedule(worker, tol):
    got = worker.probe(schedule, 1.0, 3, 10, 0.1, 11, label="lr_at(s, 1.0, 3, 10, 0.1) for s in range(11)")
    check_rates(got, WANT, call="lr_at(s, 1.0, 3, 10, 0.1)", **tol)


def test_example_apply(worker, tol):
    got = worker.probe(run_apply, [{"lr": 0.0}, {"lr": 0.0, "lr_scale": 0.1}], 1.0, 3, 10, 0.1,
                       label="apply_lr(optimizer, step, 1.0, 3, 10, 0.1)")
    check_rates([lrs[1] for lrs in got["group_lrs"]], [0.1 * w for w in WANT[:10]],
                call="the scaled group's lr after apply_lr(optimizer, step, 1.0, 3, 10, 0.1)", **tol)
