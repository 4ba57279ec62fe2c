"""Visible examples for matrix_factorization (what `drill test` runs)."""

import numpy as np
from support import check_factors, check_items

R = np.array([[5.0, 0.0, 1.0], [4.0, 2.0, 0.0]])
OBSERVED = np.array([[True, False, True], [True, True, False]])

U = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0]])
V = np.array([[3.0, 0.0], [1.0, 0.0], [2.0, 0.0], [2.0, 0.0], [0.0, 5.0]])
OBS = np.array([[True, False, False, False, False], [False] * 5, [True, False, True, False, True]])


def test_example_one_iteration(solution, tol):
    a = 6 / 2.2
    want_U = np.array([[a], [a]])
    want_V = np.array([[9 * a / (2 * a * a + 0.2)], [2 * a / (a * a + 0.1)], [a / (a * a + 0.1)]])
    got = solution.als(R, OBSERVED, np.ones((2, 1)), np.ones((3, 1)), 0.1, n_iters=1)
    check_factors(got, want_U, want_V, "als(R, observed, ones((2, 1)), ones((3, 1)), lam=0.1, n_iters=1)", tol)


def test_example_recommend(solution):
    check_items(solution.recommend(U, V, OBS, 0, 2), [2, 3], "recommend(U, V, obs, user=0, k=2)")
    check_items(solution.recommend(U, V, OBS, 0, 10), [2, 3, 1, 4], "recommend(U, V, obs, user=0, k=10)")


def test_example_cold_start(solution):
    check_items(solution.recommend(U, V, OBS, 1, 2), [0, 2], "recommend(U, V, obs, user=1, k=2) (no rating)")
