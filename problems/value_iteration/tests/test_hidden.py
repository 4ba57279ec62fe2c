"""Hidden tests for value_iteration: random MDPs against synchronous sweeps of the test's own (values,
sweep counts, greedy policies), fixed numbers of sweeps, the largest MDP, stable tie-breaking, gamma 0,
max_iter reached, bad input."""

import numpy as np
import pytest
from support import check_result

from harness.authoring import call_text, check, expect_raises, fact

MAX_STATES = fact("max_states")
MAX_ACTIONS = fact("max_actions")


def oracle(P, R, gamma, tol=1e-10, max_iter=10_000):
    """Synchronous sweeps one action at a time; also reports how close any sweep's change came to tol and
    the smallest gap between a best and a second-best action that is not a tie."""
    P, R = np.asarray(P, dtype=np.float64), np.asarray(R, dtype=np.float64)
    S, A = R.shape
    V = np.zeros(S)
    sweeps, closest = 0, np.inf
    while sweeps < max_iter:
        new = np.max(np.stack([R[:, a] + gamma * (P[:, a, :] @ V) for a in range(A)], axis=1), axis=1)
        sweeps += 1
        change = float(np.max(np.abs(new - V)))
        if tol > 0:
            closest = min(closest, abs(change - tol) / tol)
        V = new
        if change < tol:
            break
    Q = np.stack([R[:, a] + gamma * (P[:, a, :] @ V) for a in range(A)], axis=1)
    best = Q.max(axis=1, keepdims=True)
    policy = np.array([int(np.flatnonzero(Q[s] >= best[s] - 1e-9)[0]) for s in range(S)])
    gaps = best - Q
    near = gaps[(gaps > 1e-9) & (gaps < 1e-6)]
    return (V, policy, sweeps), closest, near.size


def random_mdp(np_rng, S, A, density=0.3):
    P = np_rng.random((S, A, S)) * (np_rng.random((S, A, S)) < density)
    P[np.arange(S)[:, None], np.arange(A)[None, :], np_rng.integers(0, S, (S, A))] += 0.1
    P /= P.sum(axis=2, keepdims=True)
    R = np.round(np_rng.normal(0, 1, (S, A)), 3)
    return P, R


def clean_case(np_rng, S, A, gamma, **kwargs):
    while True:
        P, R = random_mdp(np_rng, S, A)
        want, closest, near = oracle(P, R, gamma, **kwargs)
        if closest > 1e-6 and near == 0:
            return P, R, want


@pytest.mark.parametrize("gamma", [0.5, 0.9, 0.95])
def test_random_mdps(solution, np_rng, tol, gamma):
    """Random MDPs from 1 to 30 states and 1 to 4 actions, default tol and max_iter."""
    for S, A in ((1, 1), (2, 3), (8, 2), (30, 4)):
        P, R, want = clean_case(np_rng, S, A, gamma)
        check_result(solution.value_iteration(P, R, gamma), want,
                     call=f"value_iteration(<random MDP, {S} states, {A} actions>, gamma={gamma})", tol=tol)


@pytest.mark.parametrize("sweeps", [1, 2, 5])
def test_fixed_number_of_sweeps(solution, np_rng, tol, sweeps):
    """tol = 0 and max_iter = 1, 2 or 5: the values after exactly that many synchronous sweeps."""
    P, R, want = clean_case(np_rng, 12, 3, 0.9, tol=0.0, max_iter=sweeps)
    check_result(solution.value_iteration(P, R, 0.9, tol=0.0, max_iter=sweeps), want,
                 call=f"value_iteration(<random MDP, 12 states, 3 actions>, 0.9, tol=0.0, max_iter={sweeps})", tol=tol)


def test_largest_mdp(solution, np_rng, tol):
    """The largest MDP allowed, as numpy arrays, gamma 0.9."""
    P, R, want = clean_case(np_rng, MAX_STATES, MAX_ACTIONS, 0.9)
    check_result(solution.value_iteration(P, R, 0.9), want,
                 call=f"value_iteration(<random MDP, {MAX_STATES} states, {MAX_ACTIONS} actions>, 0.9)", tol=tol)


def test_max_iter_reached(solution, np_rng, tol):
    """gamma 0.99 with max_iter = 40: stops after 40 sweeps without converging (not an error)."""
    P, R, want = clean_case(np_rng, 10, 3, 0.99, max_iter=40)
    check_result(solution.value_iteration(P, R, 0.99, max_iter=40), want,
                 call="value_iteration(<random MDP, 10 states, 3 actions>, 0.99, max_iter=40)", tol=tol)


ROUNDING_TIES = {
    # State 0: action 0 earns 0.3 at once; action 1 earns 0.1 and then 0.5 * 0.4 = 0.30000000000000004.
    "0.1+0.5*0.4": ([[[0, 1, 0], [0, 0, 1]], [[0, 1, 0], [0, 1, 0]], [[0, 1, 0], [0, 1, 0]]],
                    [[0.3, 0.1], [0.0, 0.0], [0.4, 0.4]], 0.5),
    # State 0: 0.6 at once against 0.2 + 0.5 * 0.8 = 0.6000000000000001; state 1 has two identical actions.
    "0.2+0.5*0.8": ([[[0, 1, 0], [0, 0, 1]], [[0, 1, 0], [0, 1, 0]], [[0, 1, 0], [0, 1, 0]]],
                    [[0.6, 0.2], [0.0, 0.0], [0.8, 0.8]], 0.5),
}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(ROUNDING_TIES))
def test_ties_go_to_the_lowest_action(solution, tol, name):
    """Actions equal in exact arithmetic but not after rounding: the lowest action within 1e-9 of the best."""
    P, R, gamma = ROUNDING_TIES[name]
    want, _, _ = oracle(P, R, gamma)
    check_result(solution.value_iteration(P, R, gamma), want, call=call_text("value_iteration", P, R, gamma), tol=tol)


@pytest.mark.edge
def test_gamma_zero_and_no_reward(solution, tol):
    """gamma 0: the best immediate reward after 2 sweeps; all rewards 0: V = 0 after 1 sweep, policy 0."""
    P, R = [[[0.5, 0.5], [1.0, 0.0]], [[0.0, 1.0], [0.3, 0.7]]], [[1.0, 3.0], [-2.0, -1.0]]
    check_result(solution.value_iteration(P, R, 0.0), ([3.0, -1.0], [1, 1], 2),
                 call=call_text("value_iteration", P, R, 0.0), tol=tol)
    zero = [[0.0, 0.0], [0.0, 0.0]]
    check_result(solution.value_iteration(P, zero, 0.9), ([0.0, 0.0], [0, 0], 1),
                 call=call_text("value_iteration", P, zero, 0.9), tol=tol)


BAD = {
    "P-not-3d": (([[0.5, 0.5]], [[1.0]], 0.9), {}),
    "R-shape": (([[[1.0, 0.0]], [[0.0, 1.0]]], [[1.0, 2.0], [0.0, 0.0]], 0.9), {}),
    "row-not-summing-to-1": (([[[0.6, 0.6]], [[0.0, 1.0]]], [[1.0], [0.0]], 0.9), {}),
    "negative-probability": (([[[1.2, -0.2]], [[0.0, 1.0]]], [[1.0], [0.0]], 0.9), {}),
    "gamma-one": (([[[1.0, 0.0]], [[0.0, 1.0]]], [[1.0], [0.0]], 1.0), {}),
    "max-iter-zero": (([[[1.0, 0.0]], [[0.0, 1.0]]], [[1.0], [0.0]], 0.9), {"max_iter": 0}),
    "gamma-negative": (([[[1.0, 0.0]], [[0.0, 1.0]]], [[1.0], [0.0]], -0.1), {}),
    "tol-negative": (([[[1.0, 0.0]], [[0.0, 1.0]]], [[1.0], [0.0]], 0.9), {"tol": -1e-6}),
    "R-nan": (([[[1.0, 0.0]], [[0.0, 1.0]]], [[float("nan")], [0.0]], 0.9), {}),
}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_raises_value_error(solution, name):
    """Wrong shapes, a P[s, a] that is not a probability vector, a non-finite reward, gamma outside [0, 1), tol < 0,
    max_iter < 1: ValueError."""
    args, kwargs = BAD[name]
    expect_raises(ValueError, solution.value_iteration, *args, **kwargs,
                  call=call_text("value_iteration", *args, **kwargs))


def untouched(module):
    import numpy as np

    P = np.array([[[0.9, 0.1], [0.2, 0.8]], [[0.0, 1.0], [0.7, 0.3]]])
    R = np.array([[1.0, 0.0], [2.0, -1.0]])
    before = (P.copy(), R.copy())
    V, policy, _ = module.value_iteration(P, R, 0.9)
    return {"changed": not (np.array_equal(P, before[0]) and np.array_equal(R, before[1])),
            "aliased": any(isinstance(x, np.ndarray) and (np.shares_memory(x, P) or np.shares_memory(x, R))
                           for x in (V, policy))}


@pytest.mark.edge
def test_inputs_not_modified(worker):
    """P and R are left as they were, and V and policy are new arrays."""
    reply = worker.probe(untouched, label="value_iteration(<numpy P and R>, 0.9)")
    check(not reply["changed"], "value_iteration modified P or R")
    check(not reply["aliased"], "value_iteration returned an array sharing memory with P or R")
