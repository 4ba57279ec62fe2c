"""Hidden tests for gmm_em: whole EM runs against the test's own float64 EM (random mixtures up to
the largest sizes, fixed iteration counts, one component in closed form), far outliers that
underflow every density, a component collapsing onto repeated values, and bad input."""

import math

import numpy as np
import pytest
from support import check_fit

from harness.authoring import call_text, check, expect_raises, fact

MAX_POINTS = fact("max_points")
MAX_COMPONENTS = fact("max_components")
MAX_ITER = fact("max_iter")


def oracle(x, weights, means, variances, n_iter=100, tol=1e-8, var_floor=1e-6):
    """EM one component at a time; returns the fit, the smallest N_k met and every increase of L."""
    x = np.asarray(x, dtype=np.float64)
    w, mu, var = (np.array(v, dtype=np.float64) for v in (weights, means, variances))

    def log_terms():
        return np.stack([math.log(w[k]) - 0.5 * math.log(2 * math.pi * var[k]) - (x - mu[k]) ** 2 / (2 * var[k])
                         if w[k] > 0 else np.full(x.size, -np.inf) for k in range(w.size)], axis=1)

    terms = log_terms()
    norm = np.logaddexp.reduce(terms, axis=1)
    history, smallest = [math.fsum(norm)], math.inf
    for _ in range(n_iter):
        r = np.exp(terms - norm[:, None])
        for k in range(w.size):
            total = math.fsum(r[:, k])
            smallest = min(smallest, total)
            w[k] = total / x.size
            mu[k] = math.fsum(r[:, k] * x) / total
            var[k] = max(math.fsum(r[:, k] * (x - mu[k]) ** 2) / total, var_floor)
        terms = log_terms()
        norm = np.logaddexp.reduce(terms, axis=1)
        history.append(math.fsum(norm))
        if history[-1] - history[-2] < tol:
            break
    fit = {"weights": w, "means": mu, "variances": var, "log_likelihood": np.array(history)}
    return fit, smallest, np.diff(history)


def random_case(np_rng, n, k, n_iter=100, tol=1e-8):
    """Clustered data and a random start whose run keeps every N_k >= 1e-3 and no increase within 0.1% of tol."""
    while True:
        centers = np.sort(np_rng.uniform(-10, 10, size=k))
        labels = np_rng.integers(0, k, size=n)
        x = np.round(centers[labels] + np_rng.normal(0, np_rng.uniform(0.3, 2.0, size=k)[labels]), 6)
        weights = np_rng.dirichlet(np.full(k, 3.0))
        weights = weights / weights.sum()
        means = np_rng.choice(x, size=k, replace=False)
        variances = np.full(k, float(np.var(x))) * np_rng.uniform(0.2, 1.0, size=k)
        args = (x.tolist(), weights.tolist(), means.tolist(), variances.tolist())
        fit, smallest, increases = oracle(*args, n_iter=n_iter, tol=tol)
        if smallest >= 1e-3 and not np.any(np.abs(increases - tol) <= 1e-3 * abs(tol)):
            return args, fit


@pytest.mark.parametrize(("n", "k"), [(30, 2), (200, 3), (500, 4), (MAX_POINTS, MAX_COMPONENTS)],
                         ids=["30x2", "200x3", "500x4", "max"])
def test_random_mixtures(solution, np_rng, tol, n, k):
    """Random clustered data and starts, run to convergence with the defaults (n_iter 100, tol 1e-8)."""
    args, want = random_case(np_rng, n, k)
    check_fit(solution.gmm_em(*args), want, call=f"gmm_em(<{n} points>, <start with k = {k}>)", tol=tol)


@pytest.mark.parametrize("n_iter", [1, 4, MAX_ITER])
def test_iteration_limit(solution, np_rng, tol, n_iter):
    """n_iter caps the number of M-steps; tol = 1e-5 may stop earlier (the history says how many ran)."""
    args, want = random_case(np_rng, 120, 3, n_iter=n_iter, tol=1e-5)
    check_fit(solution.gmm_em(*args, n_iter=n_iter, tol=1e-5), want,
              call=f"gmm_em(<120 points>, <start with k = 3>, n_iter={n_iter}, tol=1e-05)", tol=tol)


def test_one_component_is_the_sample_mean_and_variance(solution, np_rng, tol):
    """k = 1: one M-step gives the sample mean and the 1/n variance, and the next step changes nothing."""
    x = np.round(np_rng.normal(3.0, 2.0, size=50), 6)
    got = solution.gmm_em(x.tolist(), [1.0], [0.0], [1.0])
    want, _, _ = oracle(x, [1.0], [0.0], [1.0])
    check_fit(got, want, call="gmm_em(<50 points>, [1.0], [0.0], [1.0])", tol=tol)
    check(abs(float(got["means"][0]) - float(x.mean())) <= 1e-9 * max(1.0, abs(float(x.mean()))) and
          abs(float(got["variances"][0]) - float(x.var())) <= 1e-9 * float(x.var()),
          f"gmm_em(<50 points>, [1.0], [0.0], [1.0]) gave mean {got['means'][0]!r} and variance "
          f"{got['variances'][0]!r}; with one component they are the sample mean {x.mean()!r} and the 1/n "
          f"variance {x.var()!r}")


@pytest.mark.edge
def test_no_iterations(solution, tol):
    """n_iter = 0: the start comes back (as new float64 arrays) with its log-likelihood."""
    args = ([0.5, 1.5, 4.0, 4.5, 5.2], [0.3, 0.7], [1.0, 4.0], [0.5, 2.0])
    want, _, _ = oracle(*args, n_iter=0)
    check_fit(solution.gmm_em(*args, n_iter=0), want, call=call_text("gmm_em", *args, n_iter=0), tol=tol)


@pytest.mark.edge
def test_far_outliers_underflow_every_density(solution, np_rng, tol):
    """Points 300 and 450 away from every starting component with variance 1: each density is exp(-45,000) = 0
    in float64, so responsibilities need log space."""
    x = np.concatenate([np.round(np_rng.normal(0, 1, size=40), 6), [300.0, 301.0, -450.0]])
    args = (x.tolist(), [0.4, 0.3, 0.3], [-1.0, 0.0, 1.0], [1.0, 1.0, 1.0])
    want, smallest, _ = oracle(*args, n_iter=6)
    assert smallest > 1e-3
    check_fit(solution.gmm_em(*args, n_iter=6), want,
              call="gmm_em(<40 points near 0 and 300.0, 301.0, -450.0>, [0.4, 0.3, 0.3], [-1.0, 0.0, 1.0], "
                   "[1.0, 1.0, 1.0], n_iter=6)", tol=tol)


@pytest.mark.edge
@pytest.mark.parametrize("var_floor", [None, 1e-3])
def test_collapsing_component_is_floored(solution, np_rng, tol, var_floor):
    """Six copies of 5.0 and a component started on them: its variance reaches 0 and must stay at var_floor."""
    x = np.concatenate([np.round(np_rng.normal(0, 1, size=40), 6), [5.0] * 6])
    args = (x.tolist(), [0.8, 0.2], [0.0, 5.0], [1.0, 0.05])
    kwargs = {"n_iter": 30} if var_floor is None else {"n_iter": 30, "var_floor": var_floor}
    want, smallest, _ = oracle(*args, **kwargs)
    assert smallest > 1e-3
    label = "" if var_floor is None else f", var_floor={var_floor}"
    check_fit(solution.gmm_em(*args, **kwargs), want,
              call=f"gmm_em(<40 points near 0 and six 5.0s>, [0.8, 0.2], [0.0, 5.0], [1.0, 0.05], n_iter=30{label})",
              tol=tol)


BAD = {
    "empty-x": ([], [1.0], [0.0], [1.0]),
    "weights-not-summing-to-1": ([1.0, 2.0], [0.5, 0.6], [0.0, 1.0], [1.0, 1.0]),
    "zero-weight": ([1.0, 2.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]),
    "zero-variance": ([1.0, 2.0], [0.5, 0.5], [0.0, 1.0], [1.0, 0.0]),
    "lengths-differ": ([1.0, 2.0], [0.5, 0.5], [0.0, 1.0, 2.0], [1.0, 1.0]),
}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_raises_value_error(solution, name):
    """Empty data, weights that are not positive or do not sum to 1, a non-positive variance, mismatched lengths."""
    args = BAD[name]
    expect_raises(ValueError, solution.gmm_em, *args, call=call_text("gmm_em", *args))


@pytest.mark.edge
def test_bad_var_floor_raises_value_error(solution):
    """var_floor <= 0: ValueError."""
    args = ([1.0, 2.0], [0.5, 0.5], [0.0, 1.0], [1.0, 1.0])
    expect_raises(ValueError, solution.gmm_em, *args, var_floor=0.0, call=call_text("gmm_em", *args, var_floor=0.0))


def untouched(module):
    """Runs in the worker: numpy inputs; reports whether any changed and whether a result shares memory with one."""
    import numpy as np

    x = np.array([0.5, 1.5, 4.0, 4.5, 5.2, 0.9])
    start = [np.array([0.3, 0.7]), np.array([1.0, 4.0]), np.array([0.5, 2.0])]
    before = [a.copy() for a in [x, *start]]
    outs = [module.gmm_em(x, *start, n_iter=n) for n in (0, 3)]
    arrays = [v for out in outs for v in out.values() if isinstance(v, np.ndarray)]
    return {"changed": any(not np.array_equal(a, b) for a, b in zip([x, *start], before, strict=True)),
            "aliased": any(np.shares_memory(v, a) for v in arrays for a in [x, *start])}


@pytest.mark.edge
def test_inputs_not_modified_and_results_new(worker):
    """The inputs stay as they were, and the returned arrays are new (also with n_iter = 0)."""
    reply = worker.probe(untouched, label="gmm_em on numpy inputs with n_iter = 0 and 3")
    check(not reply["changed"], "gmm_em modified an array it was given")
    check(not reply["aliased"], "gmm_em returned an array that shares memory with an input: return new arrays")
