"""Hidden tests for pca: components compared sign-free through projectors and explained variances
against a float64 eigendecomposition of the covariance (ddof = 1), on data with well separated
variances; k = d, k = 1, a constant feature, fewer samples than features, and invariances."""

import numpy as np
import pytest
from support import check_answer

from harness.authoring import check


def oracle(X, k):
    """Eigenvectors of the sample covariance (ddof = 1), largest eigenvalue first."""
    values, vectors = np.linalg.eigh(np.cov(X, rowvar=False, ddof=1).reshape(X.shape[1], X.shape[1]))
    order = np.argsort(values)[::-1][:k]
    return vectors[:, order].T, values[order]


def separated(X, k, gap=0.1):
    """The k leading variances (and the next one) differ by a relative gap: a unique answer."""
    values = np.sort(np.linalg.eigvalsh(np.cov(X, rowvar=False, ddof=1).reshape(X.shape[1], X.shape[1])))[::-1]
    top = values[: min(k + 1, len(values))]
    return bool(np.all(top[:-1] - top[1:] > gap * top[:-1]))


def sample(np_rng, n, d, k, *, offset=10.0):
    """Correlated data with a spread of variances, rotated and shifted; redrawn until separated."""
    for _ in range(200):
        scales = 5.0 * 0.6 ** np.arange(d) * np_rng.uniform(0.9, 1.1, size=d)
        q, _ = np.linalg.qr(np_rng.normal(size=(d, d)))
        X = np_rng.normal(size=(n, d)) * scales @ q.T + np_rng.uniform(-offset, offset, size=d)
        if separated(X, k):
            return X
    raise RuntimeError(f"no well separated sample of shape {(n, d)} in 200 draws")


def run(solution, X, k, tol, call=None):
    got = solution.pca(X.copy(), k)
    components, variance = oracle(X, k)
    check_answer(got, components, variance, call or f"pca(X of shape {X.shape}, k={k})", tol, n=len(X),
                 every_direction=oracle(X, X.shape[1])[0])
    return got


@pytest.mark.parametrize("batch", range(4))
def test_random_data(solution, np_rng, tol, batch):
    """Random correlated, shifted data: 2 to 8 features, any k from 1 to d."""
    for _ in range(4):
        d = int(np_rng.integers(2, 9))
        n = int(np_rng.integers(d + 10, 90))
        k = int(np_rng.integers(1, d + 1))
        run(solution, sample(np_rng, n, d, k), k, tol)


def test_many_samples(solution, np_rng, tol):
    """A taller matrix: 2,000 samples of 12 features, k = 5."""
    run(solution, sample(np_rng, 2000, 12, 5), 5, tol)


def test_shift_and_scale(solution, np_rng, tol):
    """Adding a constant to every sample changes nothing; scaling X by 3 multiplies variances by 9."""
    X = sample(np_rng, 50, 4, 3)
    run(solution, X, 3, tol)
    run(solution, X + np.array([100.0, -40.0, 7.0, 0.5]), 3, tol, call="pca(X + [100, -40, 7, 0.5], k=3)")
    run(solution, 3.0 * X, 3, tol, call="pca(3 * X, k=3)")


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_all_components(solution, np_rng, tol):
    """k = d: every direction, still in decreasing order of variance."""
    run(solution, sample(np_rng, 40, 5, 5), 5, tol)


@pytest.mark.edge
def test_one_component(solution, np_rng, tol):
    """k = 1: the single direction of largest variance, shape (1, d) and (1,)."""
    run(solution, sample(np_rng, 40, 6, 1), 1, tol)


@pytest.mark.edge
def test_constant_feature(solution, np_rng, tol):
    """A feature that never varies has variance 0: with k = d its axis comes last, variance 0."""
    for _ in range(200):
        X = sample(np_rng, 30, 4, 4)
        X[:, 2] = 7.5
        if separated(X, 4):
            break
    run(solution, X, 4, tol, call="pca(X of shape (30, 4) whose column 2 is constant 7.5, k=4)")


@pytest.mark.edge
def test_fewer_samples_than_features(solution, np_rng, tol):
    """n < d: 6 samples of 10 features, k = 3 (at most n - 1 directions carry variance)."""
    for _ in range(200):
        X = np_rng.normal(size=(6, 10)) * np.linspace(3.0, 0.5, 10) + 2.0
        if separated(X, 3):
            break
    run(solution, X, 3, tol, call="pca(X of shape (6, 10), k=3)")


@pytest.mark.edge
def test_two_samples(solution, tol):
    """Two samples: the one direction is their difference, with variance ||x1 - x0||^2 / 2."""
    X = np.array([[1.0, 2.0, 3.0], [4.0, 6.0, 3.0]])
    run(solution, X, 1, tol, call="pca(X=[[1, 2, 3], [4, 6, 3]], k=1)")


def _modifies_input(module, X):
    before = X.copy()
    module.pca(X, 2)
    return bool((X != before).any())


@pytest.mark.edge
def test_input_untouched(worker, np_rng):
    """pca leaves X as it was (centre a copy: X - mean, not X -= mean)."""
    X = sample(np_rng, 20, 3, 2)
    check(not worker.probe(_modifies_input, X, label="pca(X, 2)"),
          "pca(X, 2) modified X in place (X -= X.mean(axis=0)?); centre a copy: Xc = X - X.mean(axis=0)")
