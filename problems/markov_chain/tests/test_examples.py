"""Visible examples for markov_chain (what `drill test` runs)."""

import numpy as np

from harness.authoring import check_close

P = np.array([[0.9, 0.1], [0.5, 0.5]])
FLIP = np.array([[0.0, 1.0], [1.0, 0.0]])


def test_example_stationary(solution, tol):
    check_close(solution.stationary_distribution(P.copy()), np.array([5 / 6, 1 / 6]),
                call="stationary_distribution([[0.9, 0.1], [0.5, 0.5]])", **tol)


def test_example_n_step(solution, tol):
    check_close(solution.n_step(P.copy(), 2), np.array([[0.86, 0.14], [0.7, 0.3]]),
                call="n_step([[0.9, 0.1], [0.5, 0.5]], 2)", **tol)
    check_close(solution.n_step(P.copy(), 0), np.eye(2), call="n_step([[0.9, 0.1], [0.5, 0.5]], 0)", **tol)
    check_close(solution.n_step(P.copy(), 10**18), np.array([[5 / 6, 1 / 6], [5 / 6, 1 / 6]]),
                call="n_step([[0.9, 0.1], [0.5, 0.5]], 10**18)", **tol)


def test_example_periodic(solution, tol):
    check_close(solution.stationary_distribution(FLIP.copy()), np.array([0.5, 0.5]),
                call="stationary_distribution([[0, 1], [1, 0]])", **tol)
    check_close(solution.n_step(FLIP.copy(), 10**15 + 1), FLIP, call="n_step([[0, 1], [1, 0]], 10**15 + 1)", **tol)


def test_example_one_state(solution, tol):
    check_close(solution.stationary_distribution(np.array([[1.0]])), np.array([1.0]),
                call="stationary_distribution([[1.0]])", **tol)
