"""Hidden tests for logistic regression: fit judged by optimality (gradient norm and the objective
of a float64 Newton solver run here), probabilities and objective against stable float64 formulas,
and stability on separable data, far-away points and margins of +-1e4."""

import numpy as np
import pytest

from harness.authoring import CheckFailed, check_close, check_kind

GRAD_TOL = 1e-6
GAP_TOL = 1e-8


def loss_terms(X, y, w, b):
    z = X @ w + b
    return np.logaddexp(0.0, z) - y * z


def objective(X, y, w, b, lam):
    return float(np.mean(loss_terms(X, y, w, b)) + 0.5 * lam * (w @ w))


def probabilities(z):
    return np.exp(-np.logaddexp(0.0, -z))  # s(z) = 1 / (1 + e^-z) without overflow


def gradient(X, y, w, b, lam):
    r = probabilities(X @ w + b) - y
    return np.concatenate([X.T @ r / len(y) + lam * w, [np.mean(r)]])


def newton(X, y, lam):
    """The float64 optimum: damped Newton steps on (w, b) until the gradient is below 1e-12 or the
    Newton decrement vanishes."""
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    ridge = np.diag(np.r_[np.full(d, lam), 0.0])
    theta = np.zeros(d + 1)
    value = objective(X, y, theta[:-1], theta[-1], lam)
    for _ in range(200):
        g = gradient(X, y, theta[:-1], theta[-1], lam)
        if np.linalg.norm(g) < 1e-12:
            break
        p = probabilities(A @ theta)
        step = np.linalg.solve(A.T @ (A * (p * (1 - p))[:, None]) / n + ridge, g)
        if g @ step < 1e-20:
            break  # the Newton decrement: no decrease left that float64 can see
        t = 1.0
        while t > 1e-14:
            trial = theta - t * step
            trial_value = objective(X, y, trial[:-1], trial[-1], lam)
            if trial_value < value - 1e-4 * t * (g @ step):
                break
            t /= 2
        else:
            break
        theta, value = trial, trial_value
    return theta[:-1], float(theta[-1]), value


def check_fit(got, X, y, lam, *, call):
    if type(got) is not tuple or len(got) != 2:
        raise CheckFailed(f"{call} returned a {type(got).__name__}; expected a tuple (w, b)")
    w, b = got
    check_kind(w, np.zeros(X.shape[1]), call=f"{call}[0] (w)")
    check_kind(b, 0.0, call=f"{call}[1] (b)")
    b = float(b)
    if not (np.isfinite(w).all() and np.isfinite(b)):
        raise CheckFailed(f"{call} returned w = {np.array2string(w, precision=4)}, b = {b}: not finite. An "
                          "exponential overflowed somewhere (exp of a large margin?): keep every "
                          "exponent <= 0")
    _, _, best = newton(X, y, lam)
    with np.errstate(all="ignore"):
        g = gradient(X, y, w, b, lam)
        value = objective(X, y, w, b, lam)
    norm = float(np.linalg.norm(g))
    if not norm <= GRAD_TOL:
        raise CheckFailed(
            f"{call} returned a point that is not the minimum: the gradient of J there has norm {norm:.3g} "
            f"(at most {GRAD_TOL:g} allowed; bias component {g[-1]:.3g}, largest weight component "
            f"{np.abs(g[:-1]).max():.3g}). J there is {value:.12g}; the optimum is {best:.12g}")
    if not value <= best + GAP_TOL * (1.0 + abs(best)):
        raise CheckFailed(f"{call}: J = {value:.12g} at the returned point; the optimum is {best:.12g} "
                          f"(allowed {GAP_TOL:g} * (1 + |optimum|) above it)")


def blobs(np_rng, n, d, *, separation=1.0, spread=1.0, share=0.7):
    """Two Gaussian classes, label 1 for about `share` of the rows, centred off the origin, so the
    optimal bias is far from 0."""
    y = (np_rng.random(n) < share).astype(np.int64)
    y[:2] = [0, 1]
    direction = np_rng.normal(size=d)
    direction /= np.linalg.norm(direction)
    X = np_rng.normal(0.0, spread, size=(n, d)) + np.outer(np.where(y == 1, separation, -separation), direction)
    return X + np_rng.normal(0.0, 1.0, size=d), y


FITS = [(200, 3, 0.1), (300, 5, 0.01), (150, 2, 1.0), (500, 8, 0.003)]


@pytest.mark.parametrize("n,d,lam", FITS, ids=[f"N{n}-D{d}-lam{lam}" for n, d, lam in FITS])
def test_fit_reaches_the_optimum(solution, np_rng, n, d, lam):
    """Overlapping classes, unbalanced labels: the returned (w, b) minimises J (gradient ~ 0)."""
    X, y = blobs(np_rng, n, d)
    check_fit(solution.fit(X, y, lam), X, y, lam, call=f"fit(<X of shape ({n}, {d})>, y, lam={lam})")


def test_fit_quadratic_features(solution, np_rng):
    """A disc inside a ring, separable only with squared terms (x1, x2, x1^2, x2^2, x1 x2)."""
    P = np_rng.uniform(-2.0, 2.0, size=(300, 2))
    y = ((P ** 2).sum(axis=1) < 1.5).astype(np.int64)
    flip = np_rng.random(300) < 0.05
    y[flip] = 1 - y[flip]
    X = np.column_stack([P, P[:, 0] ** 2, P[:, 1] ** 2, P[:, 0] * P[:, 1]])
    check_fit(solution.fit(X, y, 0.01), X, y, 0.01, call="fit(<300 points, quadratic features>, y, lam=0.01)")


def test_predict_proba_matches(solution, np_rng, tol):
    """predict_proba equals 1 / (1 + exp(-(X w + b))) on random inputs."""
    X = np_rng.normal(size=(40, 4))
    w, b = np_rng.normal(0.0, 2.0, size=4), float(np_rng.normal(0.0, 2.0))
    got = solution.predict_proba(X, w, b)
    check_close(got, probabilities(X @ w + b), call="predict_proba(<X of shape (40, 4)>, w, b)", **tol)


def test_objective_matches(solution, np_rng, tol):
    """objective = mean log-loss + (lam/2)||w||^2, with no penalty on b (here b = 4)."""
    X, y = blobs(np_rng, 60, 3)
    w = np_rng.normal(0.0, 1.5, size=3)
    for b, lam in ((0.3, 0.1), (4.0, 0.5), (-4.0, 0.0)):
        got = solution.objective(X, y, w, b, lam)
        check_close(got, objective(X, y, w, b, lam),
                    call=f"objective(<X of shape (60, 3)>, y, w, b={b}, lam={lam})", **tol)


@pytest.mark.edge
def test_fit_separable_data(solution, np_rng):
    """Perfectly separable classes with lam = 1e-3: the weights stay finite and optimal."""
    X, y = blobs(np_rng, 200, 2, separation=3.0, spread=0.5)
    check_fit(solution.fit(X, y, 1e-3), X, y, 1e-3, call="fit(<200 separable points>, y, lam=0.001)")


@pytest.mark.edge
def test_fit_with_far_away_points(solution, np_rng):
    """Separable data plus points hundreds of units out on the right side: margins above 1,000 at
    the optimum, where exp(z) overflows."""
    X, y = blobs(np_rng, 200, 2, separation=3.0, spread=0.5)
    w_axis = newton(X, y, 1e-3)[0]
    unit = w_axis / np.linalg.norm(w_axis)
    far = np.array([600.0, 800.0, -700.0])[:, None] * unit + X.mean(axis=0)
    X = np.vstack([X, far])
    y = np.concatenate([y, np.array([1, 1, 0], dtype=np.int64)])
    w, b, _ = newton(X, y, 1e-3)
    assert np.abs(X @ w + b).max() > 1000.0, "test data error: the far points should have margins above 1,000"
    check_fit(solution.fit(X, y, 1e-3), X, y, 1e-3,
              call="fit(<200 separable points + 3 points 600-800 units away>, y, lam=0.001)")


@pytest.mark.edge
def test_fit_constant_feature(solution, np_rng):
    """A column that is 3.0 everywhere duplicates the (unpenalised) bias: its optimal weight is 0."""
    X, y = blobs(np_rng, 150, 2)
    X = np.column_stack([X[:, 0], np.full(150, 3.0), X[:, 1]])
    check_fit(solution.fit(X, y, 0.1), X, y, 0.1, call="fit(<X (150, 3) whose column 1 is all 3.0>, y, lam=0.1)")


@pytest.mark.edge
def test_fit_two_points(solution):
    """The smallest problem: one point per class, one feature."""
    X = np.array([[-1.0], [2.0]])
    y = np.array([0, 1], dtype=np.int64)
    check_fit(solution.fit(X, y, 0.1), X, y, 0.1, call="fit(X=[[-1], [2]], y=[0, 1], lam=0.1)")


@pytest.mark.edge
def test_predict_proba_huge_margins(solution, tol):
    """Margins of +-1e4 and +-800 give probabilities 1 and 0 (and s(40) rounds to 1), never nan."""
    X = np.array([[1e4], [-1e4], [800.0], [-800.0], [40.0], [-40.0], [0.0]])
    got = solution.predict_proba(X, np.array([1.0]), 0.0)
    check_close(got, probabilities(X[:, 0]),
                call="predict_proba([[1e4], [-1e4], [800], [-800], [40], [-40], [0]], w=[1], b=0)", **tol)


@pytest.mark.edge
def test_objective_huge_margins(solution, tol):
    """The loss of a confident right answer is 0 and of a confident wrong one is |z|, even at 1e4."""
    X = np.array([[1.0], [-1.0], [0.08], [-0.08]])
    y = np.array([1, 1, 0, 1], dtype=np.int64)
    w, b = np.array([1e4]), 0.0
    got = solution.objective(X, y, w, b, 1e-3)
    check_close(got, objective(X, y, w, b, 1e-3),
                call="objective(X=[[1], [-1], [0.08], [-0.08]], y=[1, 1, 0, 1], w=[1e4], b=0, lam=0.001)", **tol)


def _modifies_inputs(module, X, y):
    import numpy as np

    before = (X.copy(), y.copy())
    w, b = module.fit(X, y, 0.1)
    module.predict_proba(X, w, b)
    module.objective(X, y, w, b, 0.1)
    return [not np.array_equal(X, before[0]), not np.array_equal(y, before[1])]


@pytest.mark.edge
def test_inputs_are_not_modified(worker, np_rng):
    """fit, predict_proba and objective leave X and y as they were."""
    X, y = blobs(np_rng, 50, 2)
    changed = worker.probe(_modifies_inputs, X, y, label="fit / predict_proba / objective")
    names = [name for name, flag in zip(("X", "y"), changed) if flag]
    assert not names, f"your functions modified {', '.join(names)} in place; leave the inputs alone"
