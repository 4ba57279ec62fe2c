"""Hidden tests for msprt: p-values and stopping looks against a plain-Python float64 reference,
simulated type I error and power, overflow on long strong streams, and edge cases."""

import math

import numpy as np
import pytest
from support import check_msprt, rejection_count

from harness.authoring import call_text, check, expect_raises, fact


def reference_p_values(x, theta0=0.0, sigma=1.0, tau=1.0):
    """The mixture SPRT p-values in float64, one look at a time in plain Python (log space)."""
    out, s, best = [], 0.0, 1.0
    var, prior = sigma * sigma, tau * tau
    for n, value in enumerate(x, start=1):
        s += float(value) - theta0
        log_l = 0.5 * math.log(var / (var + n * prior)) + prior * s * s / (2 * var * (var + n * prior))
        best = min(best, math.exp(-log_l))  # underflows to 0.0 for a huge L_n, never overflows
        out.append(best)
    return out


def check_against_reference(got, x, *, call: str, tol: dict, theta0=0.0, sigma=1.0, tau=1.0, alpha=0.05) -> None:
    """check_msprt against the float64 reference on x (kept here: support.py is copied to the
    candidate's workspace, and this is the solution)."""
    check_msprt(got, reference_p_values(x, theta0, sigma, tau), call=call, tol=tol, alpha=alpha)


LOOKS = fact("sim_looks")
STREAMS = fact("sim_streams")
TAU = fact("sim_tau")


def random_case(np_rng):
    """A stream and parameters whose p-values stay clear of alpha (the prompt promises 1e-9)."""
    while True:
        theta0 = float(np_rng.choice([0.0, -2.5, 7.0]))
        sigma = float(np_rng.choice([0.3, 1.0, 4.0]))
        tau = float(np_rng.choice([0.1, 0.5, 1.0, 3.0]))
        alpha = float(np_rng.choice([0.01, 0.05, 0.2]))
        effect = float(np_rng.choice([0.0, 0.2, 0.5, -0.8])) * sigma
        n = int(np_rng.integers(1, 120))
        x = np.round(np_rng.normal(theta0 + effect, sigma, size=n), 6).tolist()
        p = np.array(reference_p_values(x, theta0, sigma, tau))
        if not np.any(np.abs(p - alpha) < 1e-8):
            return x, {"theta0": theta0, "sigma": sigma, "tau": tau, "alpha": alpha}


def test_random_streams(solution, np_rng, tol):
    """Random streams, null and not, for several theta0, sigma, tau and alpha."""
    for _ in range(30):
        x, kwargs = random_case(np_rng)
        check_against_reference(solution.msprt(x, **kwargs), x, call=call_text("msprt", x, **kwargs), tol=tol, **kwargs)


def test_type_one_error_in_simulation(worker, seed):
    """Under H0, checking after every one of 200 observations rejects at most 7.5% of streams."""
    # Rejections of a valid test are Binomial(2000, p) with p <= alpha = 0.05 (Ville's inequality; the
    # mSPRT's own p is about 0.027). P(Binomial(2000, 0.05) >= 151) < 1e-6 (exact tail sum), so a correct
    # solution fails with probability below 1e-6; peeking at a z-test rejects about 42% of the streams.
    limit = round(fact("type1_max_rate") * STREAMS)
    call = (f"msprt(row, theta0=0, sigma=1, tau={TAU}, alpha=0.05) on {STREAMS:,} null streams "
            f"(theta = 0) of {LOOKS} observations, seed {seed}")
    rejected = worker.probe(rejection_count, seed, STREAMS, LOOKS, 0.0, TAU, label=call)
    check(rejected <= limit,
          f"{call}: your test rejected {rejected:,} of {STREAMS:,} streams ({rejected / STREAMS:.1%}) although H0 "
          f"is true; a test that is valid at every look rejects at most 5% (7.5% with simulation noise). "
          "Peeking at a fixed-horizon test after every observation inflates the type I error")


def test_power_in_simulation(worker, seed):
    """With theta = 0.3, the test rejects at least 87% of 200-observation streams."""
    # The mSPRT's power here is 0.910 (200,000 simulated streams, standard error 0.0006), so at least 0.908;
    # P(Binomial(2000, 0.908) <= 1739) = 9.9e-9 (exact tail sum), so a correct solution fails with
    # probability below 1e-6. (At 0.90 the tail would be 7.1e-6: the band relies on the simulated power.)
    limit = round(fact("power_min_rate") * STREAMS)
    effect = fact("power_effect")
    call = (f"msprt(row, theta0=0, sigma=1, tau={TAU}, alpha=0.05) on {STREAMS:,} streams with theta = {effect} "
            f"of {LOOKS} observations, seed {seed}")
    rejected = worker.probe(rejection_count, seed + 1, STREAMS, LOOKS, effect, TAU, label=call)
    check(rejected >= limit,
          f"{call}: your test rejected only {rejected:,} of {STREAMS:,} streams ({rejected / STREAMS:.1%}); the "
          f"mixture SPRT rejects about 91% of them (at least {limit:,} expected)")


def inputs_untouched(module, x):
    """Runs in the worker: calls msprt on a float64 array; reports whether x changed and whether
    the p-values are x itself."""
    import numpy as np

    arr = np.array(x, dtype=np.float64)
    before = arr.copy()
    p_values, _ = module.msprt(arr)
    return {"changed": not np.array_equal(arr, before), "aliased": p_values is arr or np.shares_memory(p_values, arr)}


@pytest.mark.edge
def test_numpy_input_defaults_and_no_aliasing(solution, worker, tol):
    """A numpy array with every default (theta0 0, sigma 1, tau 1, alpha 0.05): not modified, and the
    p-values are a new array."""
    x = [0.3, -0.2, 1.4, 0.9, 1.1, 0.2, 1.6, 1.0, 0.8, 1.3]
    check_against_reference(solution.msprt(np.array(x)), x, call="msprt(np.array(x))", tol=tol)
    reply = worker.probe(inputs_untouched, x, label="msprt(<float64 array of 10>)")
    check(not reply["changed"], "msprt(x) modified the array x it was given")
    check(not reply["aliased"], "msprt(x) returned p-values that share memory with x: return a new array")


@pytest.mark.edge
def test_long_strong_stream_does_not_overflow(solution, tol):
    """20,000 observations at theta = 1 (L_n is exp of thousands): finite p-values, 0 allowed."""
    x = (np.random.default_rng(7).normal(1.0, 1.0, size=20_000)).round(6).tolist()
    check_against_reference(solution.msprt(x), x, call="msprt(<20,000 observations with theta = 1>)", tol=tol)


@pytest.mark.edge
def test_stream_exactly_at_theta0(solution, tol):
    """Every observation equals theta0: S_n = 0, L_n < 1, every p-value is 1, no stop."""
    x = [3.5] * 50
    check_against_reference(solution.msprt(x, theta0=3.5, sigma=2.0, tau=0.7), x, call="msprt([3.5] * 50, theta0=3.5, sigma=2.0, "
                "tau=0.7)", tol=tol, theta0=3.5, sigma=2.0, tau=0.7)


@pytest.mark.edge
def test_negative_effect_rejects_too(solution, tol):
    """A mean below theta0 is evidence as well (the mixture is two-sided): stops early."""
    x = [-1.4, -2.2, -0.9, -1.8, -1.1, -2.5, -1.6, -1.3]
    check_against_reference(solution.msprt(x), x, call=call_text("msprt", x), tol=tol)


@pytest.mark.edge
def test_empty_stream(solution, tol):
    """No observations yet: an empty float64 array and no stop."""
    check_against_reference(solution.msprt([]), [], call="msprt([])", tol=tol)
    check_against_reference(solution.msprt(np.array([]), tau=0.3), [], call="msprt(np.array([]), tau=0.3)", tol=tol, tau=0.3)


@pytest.mark.edge
def test_single_observation(solution, tol):
    """One look only, far from theta0: p-values of shape (1,)."""
    for x in ([6.0], [0.1]):
        check_against_reference(solution.msprt(x), x, call=call_text("msprt", x), tol=tol)


@pytest.mark.edge
@pytest.mark.parametrize("kwargs", [{"sigma": 0.0}, {"sigma": -1.0}, {"tau": 0.0}, {"alpha": 0.0}, {"alpha": 1.0},
                                    {"alpha": 5.0}],
                         ids=["sigma-zero", "sigma-negative", "tau-zero", "alpha-zero", "alpha-one", "alpha-percent"])
def test_bad_parameters_raise_value_error(solution, kwargs):
    """sigma <= 0, tau <= 0, or alpha outside (0, 1): ValueError."""
    expect_raises(ValueError, solution.msprt, [0.5, 1.0], **kwargs, call=call_text("msprt", [0.5, 1.0], **kwargs))
