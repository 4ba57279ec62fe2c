"""Hidden tests for bayesian_linear_regression: posterior and predictive against a float64 oracle on
generated data, the flat-prior limit (least squares), no data (the prior), badly scaled features
(a symmetric positive-definite covariance), and inputs left untouched."""

import numpy as np
import pytest

from harness.authoring import check, check_close


def oracle_posterior(X, y, alpha, beta):
    """Textbook form with an explicit inverse: S = (alpha I + beta X^T X)^-1, m = beta S X^T y."""
    S = np.linalg.inv(alpha * np.eye(X.shape[1]) + beta * X.T @ X)
    return beta * S @ X.T @ y, S


def oracle_predictive(X_new, m, S, beta):
    return X_new @ m, np.array([1.0 / beta + x @ S @ x for x in X_new])


def make_data(np_rng, n, d, noise_sd):
    X = np_rng.normal(size=(n, d))
    w = np_rng.normal(scale=2.0, size=d)
    return X, X @ w + np_rng.normal(scale=noise_sd, size=n)


def check_posterior(solution, X, y, alpha, beta, tol, label):
    got = solution.posterior(X.copy(), y.copy(), alpha, beta)
    call = f"posterior({label}, alpha={alpha:.4g}, beta={beta:.4g})"
    check(type(got) is tuple and len(got) == 2, f"{call} returned {type(got).__name__}; expected a tuple (mean, cov)")
    want_m, want_S = oracle_posterior(X, y, alpha, beta)
    check_close(got[0], want_m, call=f"{call}[0] (the posterior mean)", **tol)
    check_close(got[1], want_S, call=f"{call}[1] (the posterior covariance)", **tol)
    return got


SHAPES = [(40, 3), (6, 8), (200, 1), (25, 5), (1000, 12)]


@pytest.mark.parametrize("n,d", SHAPES, ids=[f"n{n}-d{d}" for n, d in SHAPES])
def test_random_posterior(solution, np_rng, tol, n, d):
    """Posterior mean and covariance on random data, fewer or more rows than weights."""
    alpha = float(np_rng.uniform(0.1, 10.0))
    beta = float(np_rng.uniform(0.5, 50.0))
    X, y = make_data(np_rng, n, d, 1.0 / np.sqrt(beta))
    check_posterior(solution, X, y, alpha, beta, tol, f"X of shape ({n}, {d}), y")


@pytest.mark.parametrize("d", [1, 4, 9])
def test_random_predictive(solution, np_rng, tol, d):
    """Predictive mean x^T m and variance 1/beta + x^T S x at new points, for a given posterior."""
    A = np_rng.normal(size=(d, d))
    S = A @ A.T / d + 0.1 * np.eye(d)
    m = np_rng.normal(size=d)
    X_new = np_rng.normal(size=(15, d))
    beta = float(np_rng.uniform(0.2, 20.0))
    got = solution.predictive(X_new.copy(), m.copy(), S.copy(), beta)
    call = f"predictive(X_new of shape (15, {d}), m, S, beta={beta:.4g})"
    check(type(got) is tuple and len(got) == 2,
          f"{call} returned {type(got).__name__}; expected a tuple (mean, variance)")
    want_mu, want_var = oracle_predictive(X_new, m, S, beta)
    check_close(got[0], want_mu, call=f"{call}[0] (the predictive mean)", **tol)
    check_close(got[1], want_var, call=f"{call}[1] (the predictive variance: noise 1/beta plus x^T S x)", **tol)


def test_posterior_then_predictive(solution, np_rng, tol):
    """The whole pipeline: fit on 60 rows, predict at 10 new ones."""
    alpha, beta = 0.5, 3.0
    X, y = make_data(np_rng, 60, 4, 1.0 / np.sqrt(beta))
    check_posterior(solution, X, y, alpha, beta, tol, "X of shape (60, 4), y")
    X_new = np_rng.normal(size=(10, 4))
    want_m, want_S = oracle_posterior(X, y, alpha, beta)
    mu, var = solution.predictive(X_new.copy(), want_m, want_S, beta)
    want_mu, want_var = oracle_predictive(X_new, want_m, want_S, beta)
    call = "predictive(X_new of shape (10, 4), m, S, beta=3.0)"
    check_close(mu, want_mu, call=f"{call}[0]", **tol)
    check_close(var, want_var, call=f"{call}[1]", **tol)


def test_flat_prior_recovers_least_squares(solution, np_rng, tol):
    """alpha = 0: the posterior mean is the least-squares fit and S = (beta X^T X)^-1."""
    beta = 2.5
    X, y = make_data(np_rng, 30, 4, 0.5)
    m, S = solution.posterior(X.copy(), y.copy(), 0.0, beta)
    call = "posterior(X of shape (30, 4), y, alpha=0.0, beta=2.5)"
    check_close(m, np.linalg.lstsq(X, y, rcond=None)[0], call=f"{call}[0] (should equal least squares)", **tol)
    check_close(S, np.linalg.inv(beta * X.T @ X), call=f"{call}[1] (should equal (beta X^T X)^-1)", **tol)


def test_more_data_shrinks_uncertainty(solution, np_rng, tol):
    """With 10x more rows the predictive variance at a fixed point gets closer to the noise 1/beta."""
    alpha, beta = 1.0, 4.0
    X, y = make_data(np_rng, 500, 3, 0.5)
    x = np.array([[1.0, -1.0, 0.5]])
    variances = []
    for n in (5, 50, 500):
        m, S = solution.posterior(X[:n].copy(), y[:n].copy(), alpha, beta)
        _, var = solution.predictive(x, m, S, beta)
        check_close(var, oracle_predictive(x, *oracle_posterior(X[:n], y[:n], alpha, beta), beta)[1],
                    call=f"predictive([[1, -1, 0.5]], *posterior(first {n} rows, alpha=1, beta=4), beta=4)", **tol)
        variances.append(float(var[0]))
    check(variances[0] > variances[1] > variances[2] > 1.0 / beta,
          f"predictive variances after 5, 50, 500 rows were {variances}; they should fall toward 1/beta = 0.25")


@pytest.mark.edge
def test_no_data_gives_the_prior(solution, tol):
    """n = 0: the posterior is the prior N(0, I/alpha) and the predictive variance 1/beta + |x|^2/alpha."""
    m, S = solution.posterior(np.zeros((0, 3)), np.zeros(0), 2.0, 5.0)
    call = "posterior(np.zeros((0, 3)), np.zeros(0), alpha=2.0, beta=5.0)"
    check_close(m, np.zeros(3), call=f"{call}[0]", **tol)
    check_close(S, np.eye(3) / 2.0, call=f"{call}[1]", **tol)
    mu, var = solution.predictive(np.array([[1.0, 2.0, 2.0]]), np.zeros(3), np.eye(3) / 2.0, 5.0)
    call = "predictive([[1, 2, 2]], zeros(3), I/2, beta=5.0)"
    check_close(mu, np.zeros(1), call=f"{call}[0]", **tol)
    check_close(var, np.array([0.2 + 4.5]), call=f"{call}[1]", **tol)


@pytest.mark.edge
def test_one_row_one_weight(solution, tol):
    """A single observation x = 2, y = 3 with alpha = beta = 1: S = 1/5, m = 6/5."""
    m, S = solution.posterior(np.array([[2.0]]), np.array([3.0]), 1.0, 1.0)
    call = "posterior([[2.0]], [3.0], alpha=1.0, beta=1.0)"
    check_close(m, np.array([1.2]), call=f"{call}[0]", **tol)
    check_close(S, np.array([[0.2]]), call=f"{call}[1]", **tol)


@pytest.mark.edge
def test_badly_scaled_features(solution, np_rng, tol):
    """Columns on scales 1e3, 1, 1e-3: the covariance is still symmetric and positive definite."""
    X, y = make_data(np_rng, 80, 3, 0.1)
    X = X * np.array([1e3, 1.0, 1e-3])
    _, S = check_posterior(solution, X, y, 0.01, 100.0, {"rtol": 1e-6, "atol": 1e-12},
                           "X of shape (80, 3) with column scales 1e3, 1, 1e-3, y")
    asym = float(np.max(np.abs(S - S.T)))
    check(asym <= 1e-9 * float(np.max(np.abs(S))),
          f"the covariance from posterior(...) is not symmetric: max |S - S^T| = {asym:.3g}; average S with S.T")
    check(bool(np.all(np.linalg.eigvalsh((S + S.T) / 2) > 0)),
          "the covariance from posterior(...) is not positive definite")


def _inputs_unchanged(module, X, y, X_new):
    before = (X.copy(), y.copy(), X_new.copy())
    m, S = module.posterior(X, y, 1.5, 2.0)
    m0, S0 = m.copy(), S.copy()
    module.predictive(X_new, m, S, 2.0)
    import numpy as np

    return [bool(np.array_equal(a, b)) for a, b in zip((X, y, X_new, m, S), (*before, m0, S0))]


@pytest.mark.edge
def test_inputs_not_modified(worker, np_rng):
    """posterior and predictive leave X, y, X_new, m and S as they were."""
    X, y = make_data(np_rng, 10, 2, 1.0)
    same = worker.probe(_inputs_unchanged, X, y, np_rng.normal(size=(4, 2)), label="posterior / predictive")
    names = ["X", "y", "X_new", "m (in predictive)", "S (in predictive)"]
    changed = [name for name, ok in zip(names, same) if not ok]
    check(not changed, f"your functions modified {', '.join(changed)}; compute into new arrays")
