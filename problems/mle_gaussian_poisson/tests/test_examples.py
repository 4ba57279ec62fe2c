"""Visible examples for mle_gaussian_poisson (what `drill test` runs)."""

from harness.authoring import expect_raises
from support import check_estimates, gaussian_oracle, poisson_oracle


def test_example_gaussian(solution, tol):
    x = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
    check_estimates(solution.gaussian_mle(list(x)), gaussian_oracle(x), f"gaussian_mle({x})", tol)


def test_example_single_value(solution, tol):
    check_estimates(solution.gaussian_mle([3.5]), (3.5, 0.0, float("inf")), "gaussian_mle([3.5])", tol)


def test_example_poisson(solution, tol):
    check_estimates(solution.poisson_mle([2, 0, 3, 1]), poisson_oracle([2, 0, 3, 1]), "poisson_mle([2, 0, 3, 1])", tol)
    check_estimates(solution.poisson_mle([0, 0, 0]), (0.0, 0.0), "poisson_mle([0, 0, 0])", tol)


def test_example_empty(solution):
    expect_raises(ValueError, solution.poisson_mle, [], call="poisson_mle([])", why="no data")
