"""Visible examples for bayesian_linear_regression (what `drill test` runs)."""

import numpy as np

from harness.authoring import check_close

X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
Y = np.array([1.0, 2.0, 2.9])
S_WANT = np.array([[21.0, -12.0], [-12.0, 13.0]]) / 129
M_WANT = S_WANT @ (4.0 * X.T @ Y)


def test_example_posterior(solution, tol):
    m, S = solution.posterior(X.copy(), Y.copy(), 1.0, 4.0)
    call = "posterior(X, y, alpha=1.0, beta=4.0)"
    check_close(m, M_WANT, call=f"{call}[0] (the mean)", **tol)
    check_close(S, S_WANT, call=f"{call}[1] (the covariance)", **tol)


def test_example_predictive(solution, tol):
    mu, var = solution.predictive(np.array([[1.0, 3.0], [0.0, 0.0]]), M_WANT.copy(), S_WANT.copy(), 4.0)
    call = "predictive([[1, 3], [0, 0]], m, S, beta=4.0)"
    x = np.array([1.0, 3.0])
    check_close(mu, np.array([x @ M_WANT, 0.0]), call=f"{call}[0] (the mean)", **tol)
    check_close(var, np.array([0.25 + x @ S_WANT @ x, 0.25]), call=f"{call}[1] (the variance)", **tol)


def test_example_one_weight(solution, tol):
    m, S = solution.posterior(np.array([[2.0]]), np.array([3.0]), 1.0, 1.0)
    call = "posterior([[2.0]], [3.0], alpha=1.0, beta=1.0)"
    check_close(m, np.array([1.2]), call=f"{call}[0]", **tol)
    check_close(S, np.array([[0.2]]), call=f"{call}[1]", **tol)


def test_example_flat_prior_is_least_squares(solution, tol):
    m, _ = solution.posterior(X.copy(), Y.copy(), 0.0, 4.0)
    check_close(m, np.array([61.0 / 60.0, 0.95]), call="posterior(X, y, alpha=0.0, beta=4.0)[0]", **tol)
