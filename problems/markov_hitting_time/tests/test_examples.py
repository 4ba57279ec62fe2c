"""Visible examples for markov_hitting_time (what `drill test` runs)."""

import numpy as np
from support import to_array, walk

from harness.authoring import check_close

INF = np.inf
TRAP = np.array([[0.5, 0.5, 0.0, 0.0], [0.25, 0.25, 0.5, 0.0], [0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 0.0, 1.0]])
LEAK = np.array([[0.5, 0.5, 0.0, 0.0], [0.25, 0.0, 0.5, 0.25], [0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 0.0, 1.0]])


def test_example_gamblers_ruin(solution, tol):
    check_close(solution.hitting_times(to_array(walk(4, 0.5)), [0, 4]), np.array([0.0, 3.0, 4.0, 3.0, 0.0]),
                call="hitting_times(walk(4, 0.5), [0, 4])", **tol)


def test_example_ruin_is_possible(solution, tol):
    check_close(solution.hitting_times(to_array(walk(4, 0.5)), [4]), np.array([INF, INF, INF, INF, 0.0]),
                call="hitting_times(walk(4, 0.5), [4])", **tol)


def test_example_reflecting(solution, tol):
    check_close(solution.hitting_times(to_array(walk(4, 0.5, reflect=True)), [4]),
                np.array([16.0, 15.0, 12.0, 7.0, 0.0]), call="hitting_times(walk(4, 0.5, reflect=True), [4])", **tol)


def test_example_trap_and_leak(solution, tol):
    check_close(solution.hitting_times(TRAP.copy(), [2]), np.array([5.0, 3.0, 0.0, INF]),
                call="hitting_times(P, [2])", **tol)
    check_close(solution.hitting_times(LEAK.copy(), [2]), np.array([INF, INF, 0.0, INF]),
                call="hitting_times(P with row 1 = [0.25, 0, 0.5, 0.25], [2])", **tol)


def test_example_geometric(solution, tol):
    check_close(solution.hitting_times(np.array([[0.9, 0.1], [0.0, 1.0]]), [1]), np.array([10.0, 0.0]),
                call="hitting_times([[0.9, 0.1], [0, 1]], [1])", **tol)
