"""Hidden tests for ctmc: stationary laws, exp(Qt) against a scaling-and-squaring oracle (small and
large qt, and a loose tol), absorption times against linear solves and closed forms, and generator
validation in every function."""

import math

import numpy as np
import pytest
from support import check_matrix

from harness.authoring import call_text, check, expect_raises, fact

MAX_STATES = fact("max_states")
MAX_QT = fact("max_qt")


def expm_oracle(A: np.ndarray) -> np.ndarray:
    """exp(A) by scaling and squaring: a 24-term Taylor series for A / 2^s with ||A / 2^s|| <= 1/4."""
    norm = float(np.abs(A).sum(axis=1).max())
    s = max(0, math.ceil(math.log2(norm / 0.25))) if norm > 0 else 0
    B = A / 2.0**s
    term = np.eye(len(A))
    result = term.copy()
    for k in range(1, 25):
        term = term @ B / k
        result += term
    for _ in range(s):
        result = result @ result
    return result


def random_generator(np_rng, n: int, scale: float = 1.0, density: float = 0.4) -> np.ndarray:
    """Random rates on a random sparse pattern plus a cycle through every state (irreducible)."""
    rates = np_rng.exponential(scale, size=(n, n)) * (np_rng.random((n, n)) < density)
    order = np_rng.permutation(n)
    rates[order, np.roll(order, -1)] += np_rng.uniform(0.1, 1.0, size=n) * scale
    np.fill_diagonal(rates, 0.0)
    return rates - np.diag(rates.sum(axis=1))


def stationary_oracle(Q: np.ndarray) -> np.ndarray:
    """pi from least squares on [Q^T; 1] pi = [0; 1]."""
    n = len(Q)
    system = np.vstack([Q.T, np.ones((1, n))])
    rhs = np.zeros(n + 1)
    rhs[-1] = 1.0
    return np.linalg.lstsq(system, rhs, rcond=None)[0]


def q_of(Q: np.ndarray) -> float:
    return float(-np.diag(Q).min())


def test_check_generator_returns_float64(solution, np_rng, tol):
    """A valid generator comes back as the same matrix in float64 (from a list of lists too)."""
    Q = random_generator(np_rng, 6)
    check_matrix(solution.check_generator(Q.tolist()), Q, call="check_generator(<6 x 6 list of lists>)", tol=tol)
    integer_q = [[-3, 3], [5, -5]]
    check_matrix(solution.check_generator(integer_q), np.array(integer_q, dtype=np.float64),
                 call=call_text("check_generator", integer_q), tol=tol)


def test_stationary_random_generators(solution, np_rng, tol):
    """Random irreducible generators of 2 to 30 states and rates from 0.01 to 1e4 scale."""
    for n, scale in ((2, 1.0), (5, 0.01), (12, 1.0), (20, 300.0), (MAX_STATES, 1.0)):
        Q = random_generator(np_rng, n, scale)
        got = solution.stationary_distribution(Q)
        call = f"stationary_distribution(<{n} x {n} generator, rates of scale {scale}>)"
        check_matrix(got, stationary_oracle(Q), call=call, tol=tol)


def test_stationary_birth_death(solution, tol):
    """A birth-death chain: pi_k proportional to the product of birth / death rates up to k."""
    births, deaths = [3.0, 2.0, 2.5, 1.0, 0.5], [1.0, 1.5, 2.0, 4.0, 3.0]
    n = len(births) + 1
    Q = np.zeros((n, n))
    for k in range(n - 1):
        Q[k, k + 1], Q[k + 1, k] = births[k], deaths[k]
    Q -= np.diag(Q.sum(axis=1))
    weights = np.cumprod([1.0] + [b / d for b, d in zip(births, deaths, strict=True)])
    check_matrix(solution.stationary_distribution(Q), weights / weights.sum(),
                 call="stationary_distribution(<birth-death chain on 6 states>)", tol=tol)


def test_transition_matrix_random(solution, np_rng, tol):
    """Random generators with q t from 0.01 to 50, against a scaling-and-squaring exp(Qt) (tol left at its default)."""
    for n, qt in ((2, 0.01), (4, 0.7), (8, 3.0), (15, 12.0), (MAX_STATES, 50.0)):
        Q = random_generator(np_rng, n, float(np_rng.choice([0.05, 1.0, 40.0])))
        t = qt / q_of(Q)
        check_matrix(solution.transition_matrix(Q, t), expm_oracle(Q * t),
                     call=f"transition_matrix(<{n} x {n} generator>, t={t:.6g}) (q t = {qt})", tol=tol)


def test_transition_matrix_two_states_closed_form(solution, tol):
    """Two states with rates a (0 -> 1) and b (1 -> 0): P_00(t) = b/(a+b) + a/(a+b) e^{-(a+b)t}."""
    for a, b, t in ((1.0, 2.0, 1.0), (0.3, 5.0, 0.25), (4.0, 4.0, 2.0)):
        s, e = a + b, math.exp(-(a + b) * t)
        want = [[b / s + a / s * e, a / s - a / s * e], [b / s - b / s * e, a / s + b / s * e]]
        Q = [[-a, a], [b, -b]]
        check_matrix(solution.transition_matrix(Q, t), want, call=call_text("transition_matrix", Q, t), tol=tol)


@pytest.mark.parametrize("qt", [150.0, float(MAX_QT)], ids=["qt150", "qt-max"])
def test_transition_matrix_large_qt(solution, np_rng, tol, qt):
    """q t of 150 and the largest allowed: hundreds of terms; a fixed number of terms loses most of the mass."""
    Q = random_generator(np_rng, 10, 2.0)
    t = qt / q_of(Q)
    got = solution.transition_matrix(Q, t, 1e-12)
    check_matrix(got, expm_oracle(Q * t), call=f"transition_matrix(<10 x 10 generator>, t={t:.6g}, 1e-12) (q t = {qt})",
                 tol=tol)


@pytest.mark.parametrize("loose", [1e-3, 1e-6])
def test_loose_tol_is_a_real_error_bound(solution, np_rng, loose):
    """With tol = 1e-3 or 1e-6 at q t = 200: every entry within tol of exp(Qt), row sums in [1 - tol, 1]."""
    Q = random_generator(np_rng, 8, 1.0)
    t = 200.0 / q_of(Q)
    call = f"transition_matrix(<8 x 8 generator>, t={t:.6g}, tol={loose}) (q t = 200)"
    got = solution.transition_matrix(Q, t, loose)
    check(isinstance(got, np.ndarray) and got.shape == (8, 8), f"{call} returned a {type(got).__name__}; expected "
                                                                "an 8 x 8 numpy array")
    error = float(np.abs(got - expm_oracle(Q * t)).max())
    check(error <= loose + 1e-12, f"{call} is off by {error:.3g} somewhere; the truncation must keep every entry "
                                  f"within tol = {loose} (the leftover Poisson mass bounds the error)")
    sums = got.sum(axis=1)
    check(bool(np.all(sums >= 1 - loose - 1e-12) and np.all(sums <= 1 + 1e-12)),
          f"{call} has row sums from {sums.min():.12f} to {sums.max():.12f}; expected them in [1 - tol, 1]")


def test_absorption_random(solution, np_rng, tol):
    """Random chains with 1 to 3 absorbing states, against a linear solve."""
    for n, k in ((3, 1), (8, 2), (20, 3), (MAX_STATES, 1)):
        Q = random_generator(np_rng, n, 1.0)
        absorbing = sorted(np_rng.choice(n, size=k, replace=False).tolist())
        Q[absorbing] = 0.0
        transient = [i for i in range(n) if i not in absorbing]
        want = np.zeros(n)
        want[transient] = np.linalg.solve(-Q[np.ix_(transient, transient)], np.ones(len(transient)))
        check_matrix(solution.absorption_times(Q, absorbing), want,
                     call=f"absorption_times(<{n} x {n} generator>, {absorbing})", tol=tol)


def test_absorption_pure_death_chain(solution, tol):
    """k -> k - 1 at rate mu_k, state 0 absorbing: from state k the expected time is 1/mu_1 + ... + 1/mu_k."""
    mus = [0.5, 2.0, 1.0, 4.0, 0.25]
    n = len(mus) + 1
    Q = np.zeros((n, n))
    for k, mu in enumerate(mus, start=1):
        Q[k, k - 1], Q[k, k] = mu, -mu
    want = np.concatenate([[0.0], np.cumsum([1 / mu for mu in mus])])
    check_matrix(solution.absorption_times(Q, [0]), want, call="absorption_times(<pure-death chain on 6 states>, [0])",
                 tol=tol)


BAD_GENERATORS = {
    "row-sums-off": [[-1.0, 1.0], [1.0, -2.0]],
    "row-sums-off-1e-6": [[-1.0, 1.0], [2.0, -2.000001]],
    "positive-diagonal": [[1.0, 0.0], [0.0, 0.0]],
    "negative-rate": [[0.5, -0.5], [1.0, -1.0]],
    "not-square": [[-1.0, 1.0, 0.0], [1.0, -1.0, 0.0]],
    "nan": [[float("nan"), 0.0], [0.0, 0.0]],
}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(BAD_GENERATORS))
def test_non_generators_rejected_everywhere(solution, name):
    """Rows not summing to 0, a negative rate, a non-square matrix or a nan: ValueError from all four functions."""
    Q = BAD_GENERATORS[name]
    expect_raises(ValueError, solution.check_generator, Q, call=call_text("check_generator", Q))
    expect_raises(ValueError, solution.stationary_distribution, Q, call=call_text("stationary_distribution", Q))
    expect_raises(ValueError, solution.transition_matrix, Q, 1.0, call=call_text("transition_matrix", Q, 1.0))
    expect_raises(ValueError, solution.absorption_times, Q, [0], call=call_text("absorption_times", Q, [0]))


@pytest.mark.edge
def test_rounding_in_row_sums_is_accepted(solution, tol):
    """Rates of 1e4 whose row sums are off by float rounding only (within 1e-9 * max |Q|): a generator."""
    Q = np.array([[-(0.1 + 0.2) * 1e4, 0.1e4, 0.2e4], [3e3, -3e3, 0.0], [1e-3, 7e3, -(7e3 + 1e-3)]])
    Q[0, 0] += 1e-8
    check_matrix(solution.check_generator(Q), Q, call="check_generator(<rates of 1e4, row 0 off by 1e-8>)", tol=tol)


@pytest.mark.edge
def test_no_transitions(solution, tol):
    """Q = 0 (q = 0): P(t) is the identity; a single state's stationary law is [1]."""
    check_matrix(solution.transition_matrix([[0.0, 0.0], [0.0, 0.0]], 3.0), np.eye(2),
                 call="transition_matrix([[0.0, 0.0], [0.0, 0.0]], 3.0)", tol=tol)
    check_matrix(solution.stationary_distribution([[0.0]]), [1.0], call="stationary_distribution([[0.0]])", tol=tol)
    check_matrix(solution.transition_matrix([[0.0]], 5.0), [[1.0]], call="transition_matrix([[0.0]], 5.0)", tol=tol)


@pytest.mark.edge
def test_time_zero_and_bad_arguments(solution, tol):
    """t = 0 gives the identity; t < 0 or tol outside (0, 1) raises ValueError."""
    Q = [[-2.0, 2.0], [1.0, -1.0]]
    check_matrix(solution.transition_matrix(Q, 0.0), np.eye(2), call=call_text("transition_matrix", Q, 0.0), tol=tol)
    for args in ((Q, -1.0), (Q, 1.0, 0.0), (Q, 1.0, 1.0)):
        expect_raises(ValueError, solution.transition_matrix, *args, call=call_text("transition_matrix", *args))


@pytest.mark.edge
def test_absorption_bad_inputs(solution, tol):
    """An 'absorbing' state with outgoing rates, an index out of range, or a state that never gets absorbed: ValueError.
    Every state absorbing: all times 0."""
    leaky = [[-1.0, 1.0, 0.0], [0.0, -1.0, 1.0], [0.0, 0.0, 0.0]]
    expect_raises(ValueError, solution.absorption_times, leaky, [1], call=call_text("absorption_times", leaky, [1]),
                  why="state 1 has an exit rate, so it is not absorbing")
    expect_raises(ValueError, solution.absorption_times, leaky, [3], call=call_text("absorption_times", leaky, [3]))
    trapped = [[-1.0, 1.0, 0.0, 0.0], [1.0, -1.0, 0.0, 0.0], [0.0, 1.0, -2.0, 1.0], [0.0, 0.0, 0.0, 0.0]]
    expect_raises(ValueError, solution.absorption_times, trapped, [3],
                  call=call_text("absorption_times", trapped, [3]), why="states 0 and 1 only reach each other")
    # A trapped 3-cycle with uneven rates: -Q[T, T] is singular, yet elimination meets no exact zero pivot, so a
    # bare np.linalg.solve returns times near 1e17 instead of raising LinAlgError.
    cycle = [[-0.7, 0.7, 0.0, 0.0, 0.0], [0.0, -0.3, 0.3, 0.0, 0.0], [0.1, 0.0, -0.1, 0.0, 0.0],
             [0.2, 0.3, 0.0, -1.0, 0.5], [0.0, 0.0, 0.0, 0.0, 0.0]]
    expect_raises(ValueError, solution.absorption_times, cycle, [4], call=call_text("absorption_times", cycle, [4]),
                  why="states 0, 1 and 2 cycle among themselves and never reach state 4")
    zero = [[0.0, 0.0], [0.0, 0.0]]
    check_matrix(solution.absorption_times(zero, [0, 1]), [0.0, 0.0], call=call_text("absorption_times", zero, [0, 1]),
                 tol=tol)


def untouched(module, Q):
    """Runs in the worker: every function on a float64 array; reports whether Q changed or came back as itself."""
    import numpy as np

    arr = np.array(Q, dtype=np.float64)
    before = arr.copy()
    outs = [module.check_generator(arr), module.stationary_distribution(arr), module.transition_matrix(arr, 0.3),
            module.absorption_times(np.vstack([arr[:-1], np.zeros(len(arr))]), [len(arr) - 1])]
    return {"changed": not np.array_equal(arr, before),
            "aliased": any(isinstance(o, np.ndarray) and np.shares_memory(o, arr) for o in outs)}


@pytest.mark.edge
def test_inputs_not_modified_and_results_new(worker):
    """Q is not modified, and no result shares memory with it (check_generator returns a new array too)."""
    reply = worker.probe(untouched, [[-2.0, 1.5, 0.5], [1.0, -3.0, 2.0], [0.5, 0.5, -1.0]], label="ctmc functions on Q")
    check(not reply["changed"], "a ctmc function modified the generator Q it was given")
    check(not reply["aliased"], "a ctmc function returned an array that shares memory with Q: return a new array")
