"""Hidden tests for multiple_testing: each method against a loop written from the procedure's
definition (step-down stops, step-up finds the largest passing rank), ties, unsorted and
all-significant inputs, clipping at 1, the largest input, and bad arguments."""

import numpy as np
import pytest
from support import check_adjusted

from harness.authoring import call_text, check, expect_raises, fact

MAX_TESTS = fact("max_tests")
METHODS = ["bonferroni", "holm", "bh"]


def oracle(p, method):
    """Adjusted p-values from the definitions in plain Python: a running maximum over ranks from the
    smallest p (Holm) or a running minimum from the largest (BH)."""
    p = [float(v) for v in p]
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    steps = [0.0] * m
    if method == "bonferroni":
        steps = [m * p[i] for i in order]
    elif method == "holm":
        best = 0.0
        for r, i in enumerate(order, start=1):
            best = max(best, (m - r + 1) * p[i])
            steps[r - 1] = best
    else:
        best = float("inf")
        for r in range(m, 0, -1):
            best = min(best, m * p[order[r - 1]] / r)
            steps[r - 1] = best
    out = [0.0] * m
    for r, i in enumerate(order):
        out[i] = min(1.0, steps[r])
    return out


def clear_of_alpha(adjusted, alpha):
    return all(abs(a - alpha) > 1e-9 for a in adjusted)


def random_p_values(np_rng, m, signal=0.3):
    """A mix of null p-values (uniform) and signals (Beta(0.1, 1) concentrates near 0)."""
    is_signal = np_rng.random(m) < signal
    return np.where(is_signal, np_rng.beta(0.1, 1.0, m), np_rng.random(m)).tolist()


def run(solution, tol, p, method, alpha=None, call=None):
    alpha_value = 0.05 if alpha is None else alpha
    want = oracle(p, method)
    args = (p, method) if alpha is None else (p, method, alpha)
    check_adjusted(solution.adjust_p_values(*args), want, alpha_value,
                   call=call or call_text("adjust_p_values", *args), tol=tol)


@pytest.mark.parametrize("method", METHODS)
def test_random_p_values(solution, np_rng, tol, method):
    """Random mixes of nulls and signals, m from 1 to 200, alpha 0.05 (default), 0.1 and 0.01."""
    for m in (1, 2, 7, 30, 200):
        for alpha in (None, 0.1, 0.01):
            while True:
                p = random_p_values(np_rng, m)
                if clear_of_alpha(oracle(p, method), 0.05 if alpha is None else alpha):
                    break
            run(solution, tol, p, method, alpha)


def test_bh_rejects_past_a_missed_threshold(solution, tol):
    """BH step-up: p_(1) misses alpha / m but p_(3) meets 3 alpha / m, so the three smallest are rejected."""
    p = [0.3, 0.0125, 0.019, 0.029, 0.9]   # thresholds 0.01, 0.02, 0.03, 0.04, 0.05
    run(solution, tol, p, "bh")


def test_holm_stops_at_the_first_kept(solution, tol):
    """Holm step-down: p_(2) fails alpha / (m - 1), so p_(3) is kept although p_(3) < alpha / (m - 2)."""
    p = [0.004, 0.018, 0.02, 0.5]   # thresholds 0.0125, 0.0167, 0.025, 0.05
    run(solution, tol, p, "holm")


@pytest.mark.edge
@pytest.mark.parametrize("method", METHODS)
def test_ties(solution, tol, method):
    """Tied p-values (including ties at 0 and 1) get equal adjusted values."""
    p = [0.02, 0.001, 0.02, 0.02, 0.5, 0.001, 1.0, 0.0, 0.0, 1.0]
    run(solution, tol, p, method)


@pytest.mark.edge
@pytest.mark.parametrize("method", METHODS)
def test_clipped_at_one(solution, tol, method):
    """Large p-values times m exceed 1: every adjusted value stays <= 1."""
    p = [0.4, 0.9, 0.6, 0.75, 0.3, 0.95]
    run(solution, tol, p, method)


@pytest.mark.edge
@pytest.mark.parametrize("method", METHODS)
def test_everything_significant_and_single(solution, tol, method):
    """All p-values tiny (all rejected), and a single p-value (no correction)."""
    run(solution, tol, [1e-6, 3e-5, 2e-7, 1e-4], method)
    run(solution, tol, [0.03], method)


@pytest.mark.edge
@pytest.mark.parametrize("method", METHODS)
def test_largest_input(solution, np_rng, tol, method):
    """The most p-values allowed, given as a numpy array."""
    while True:
        p = np.array(random_p_values(np_rng, MAX_TESTS, signal=0.1))
        want = oracle(p.tolist(), method)
        if clear_of_alpha(want, 0.05):
            break
    check_adjusted(solution.adjust_p_values(p, method), want, 0.05,
                   call=f"adjust_p_values(<{MAX_TESTS:,} p-values>, {method!r})", tol=tol)


BAD = {
    "unknown-method": (([0.1, 0.2], "fdr"), {}),
    "p-negative": (([0.1, -0.01], "holm"), {}),
    "p-nan": (([0.1, float("nan")], "bh"), {}),
    "alpha-zero": (([0.1, 0.2], "bonferroni"), {"alpha": 0.0}),
    "alpha-one": (([0.1, 0.2], "holm"), {"alpha": 1.0}),
}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(BAD))
def test_bad_arguments_raise_value_error(solution, name):
    """An unknown method, a p-value outside [0, 1] or nan, alpha outside (0, 1): ValueError."""
    args, kwargs = BAD[name]
    expect_raises(ValueError, solution.adjust_p_values, *args, **kwargs,
                  call=call_text("adjust_p_values", *args, **kwargs))


def untouched(module):
    """Runs in the worker: a numpy input; reports whether it changed or a result shares its memory."""
    import numpy as np

    p = np.array([0.2, 0.01, 0.04, 0.03])
    before = p.copy()
    out = [module.adjust_p_values(p, m) for m in ("bonferroni", "holm", "bh")]
    arrays = [a for pair in out for a in pair if isinstance(a, np.ndarray)]
    return {"changed": not np.array_equal(p, before), "aliased": any(np.shares_memory(a, p) for a in arrays)}


@pytest.mark.edge
def test_input_not_modified(worker):
    """The p-values are not sorted in place, and the results are new arrays."""
    reply = worker.probe(untouched, label="adjust_p_values(<numpy array>, method) for each method")
    check(not reply["changed"], "adjust_p_values modified (sorted?) the p-values it was given")
    check(not reply["aliased"], "adjust_p_values returned an array sharing memory with its input")
