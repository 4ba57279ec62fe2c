"""Hidden tests for the regression metrics: random data against plain-Python formulas, zero targets
in MAPE (left out; all zero raises), 0/0 terms in SMAPE, R^2's baseline, negative R^2, constant
targets and a single sample, and untouched inputs."""

import math

import numpy as np
import pytest

from harness.authoring import call_text, check, check_close, expect_raises


def oracle(name, y, p):
    e = [a - b for a, b in zip(y, p, strict=True)]
    n = len(y)
    if name == "rmse":
        return math.sqrt(sum(v * v for v in e) / n)
    if name == "mae":
        return sum(abs(v) for v in e) / n
    if name == "mape":
        terms = [abs(v) / abs(a) for v, a in zip(e, y, strict=True) if a != 0]
        return sum(terms) / len(terms)
    if name == "smape":
        return sum(0.0 if abs(a) + abs(b) == 0 else 2 * abs(a - b) / (abs(a) + abs(b))
                   for a, b in zip(y, p, strict=True)) / n
    mean = sum(y) / n
    ss_tot = sum((a - mean) ** 2 for a in y)
    ss_res = sum(v * v for v in e)
    constant = all(a == y[0] for a in y)  # not ss_tot == 0: the mean of [0.1] * 3 is not 0.1
    return (1.0 if ss_res == 0 else 0.0) if constant else 1 - ss_res / ss_tot


NAMES = ["rmse", "mae", "mape", "smape", "r2"]


def show(a):
    return f"<{len(a)} values>" if len(a) > 6 else str(a.tolist())


def run(solution, name, y, p, tol):
    check_close(getattr(solution, name)(y, p), oracle(name, y.tolist(), p.tolist()),
                call=f"{name}({show(y)}, {show(p)})", **tol)


@pytest.mark.parametrize("name", NAMES)
def test_random_data(solution, np_rng, tol, name):
    """Mixed-sign targets with an offset and noisy predictions with a different mean."""
    y = np_rng.normal(3.0, 4.0, size=50)
    p = 0.8 * y + 1.5 + np_rng.normal(0.0, 1.0, size=50)
    run(solution, name, y, p, tol)


def test_r2_can_be_negative(solution, tol):
    """Predictions worse than the target mean give a negative R^2 (the baseline is mean(y_true))."""
    y, p = np.array([1.0, 2.0, 3.0, 4.0]), np.array([4.0, 3.0, 2.0, 1.0])
    run(solution, "r2", y, p, tol)
    run(solution, "r2", np.array([10.0, 12.0, 14.0]), np.array([0.0, 0.0, 0.0]), tol)


@pytest.mark.edge
def test_mape_leaves_out_zero_targets(solution, np_rng, tol):
    """Targets equal to 0 are left out of MAPE's mean; if every target is 0, ValueError."""
    y = np_rng.normal(5.0, 2.0, size=20)
    y[[0, 7, 13]] = 0.0
    run(solution, "mape", y, y + np_rng.normal(size=20), tol)
    zeros = np.zeros(3)
    expect_raises(ValueError, solution.mape, zeros, np.array([1.0, 0.0, 2.0]),
                  call=call_text("mape", [0.0, 0.0, 0.0], [1.0, 0.0, 2.0]), why="every target is 0")


@pytest.mark.edge
def test_smape_zero_over_zero_is_zero(solution, tol):
    """A term with y_true = y_pred = 0 counts as 0 and stays in the mean; all zeros give 0."""
    run(solution, "smape", np.array([0.0, 1.0, -2.0, 0.0]), np.array([0.0, 3.0, -2.0, 4.0]), tol)
    run(solution, "smape", np.zeros(3), np.zeros(3), tol)


@pytest.mark.edge
def test_r2_constant_targets(solution, tol):
    """Constant targets (also n = 1): 1.0 for exact predictions, 0.0 otherwise, never nan or inf.
    Three targets of 0.1 have a float64 mean of 0.10000000000000002, so SS_tot computed from the
    mean is about 6e-34, not 0: testing SS_tot == 0 there divides by it and returns about -2e31."""
    run(solution, "r2", np.full(4, 2.5), np.full(4, 2.5), tol)
    run(solution, "r2", np.full(4, 2.5), np.array([2.5, 2.5, 2.5, 3.0]), tol)
    run(solution, "r2", np.full(3, 0.1), np.full(3, 0.1), tol)
    run(solution, "r2", np.full(3, 0.1), np.array([0.1, 0.1, 0.2]), tol)
    run(solution, "r2", np.array([7.0]), np.array([7.0]), tol)
    run(solution, "r2", np.array([7.0]), np.array([1.0]), tol)


@pytest.mark.edge
@pytest.mark.parametrize("name", ["rmse", "mae", "mape", "smape"])
def test_single_sample(solution, tol, name):
    """One sample is enough for every metric."""
    run(solution, name, np.array([-4.0]), np.array([-3.0]), tol)


def _inputs_modified(module, y, p):
    import numpy as np

    copies = y.copy(), p.copy()
    for name in ("rmse", "mae", "mape", "smape", "r2"):
        getattr(module, name)(y, p)
    return not (np.array_equal(y, copies[0]) and np.array_equal(p, copies[1]))


@pytest.mark.edge
def test_inputs_are_not_modified(worker, np_rng):
    """No metric changes y_true or y_pred (for instance by masking zeros in place)."""
    y = np_rng.normal(size=10)
    y[2] = 0.0
    changed = worker.probe(_inputs_modified, y, np_rng.normal(size=10), label="rmse/mae/mape/smape/r2(y, p)")
    check(not changed, "a metric modified y_true or y_pred in place")
