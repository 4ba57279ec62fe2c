"""Hidden tests for ridge and lasso: ridge against a least-squares solve of the augmented system,
an intercept that must not shrink, the residual on an ill-conditioned system; lasso by its
optimality (KKT) conditions, the sweep and stopping rule against a plain-loop oracle, the
all-zero regime, constant columns, the defaults and untouched inputs."""

import numpy as np
import pytest
from support import check_fit, unpack

from harness.authoring import check, check_close, fact

# KKT_TOL: over 300 seeds of test_lasso_is_optimal's data (all three alphas) the reference and a
# running-residual solution violate the conditions by at most 1.5e-9 with the default tol and
# max_iter, almost three orders of magnitude inside the bound.
RESIDUAL_BOUND, KKT_TOL = fact("residual_bound"), fact("kkt_tol")


def make_data(np_rng, n, d, offset=5.0):
    Z = np_rng.normal(size=(n, d))
    X = (Z + 0.5 * Z[:, :1]) * np_rng.uniform(0.5, 4.0, size=d) + np_rng.normal(0.0, 3.0, size=d)
    k = min(d, 3)
    y = X[:, :k] @ np_rng.normal(size=k) + np_rng.normal(size=n) + offset
    return X, y


def centred(X, y):
    return X - X.mean(axis=0), y - y.mean()


def ridge_oracle(X, y, alpha):
    """Least squares on [Xc; sqrt(alpha) I] (another method than the normal equations)."""
    Xc, yc = centred(X, y)
    d = X.shape[1]
    A = np.vstack([Xc, np.sqrt(alpha) * np.eye(d)])
    w = np.linalg.lstsq(A, np.concatenate([yc, np.zeros(d)]), rcond=None)[0]
    return w, y.mean() - X.mean(axis=0) @ w


def sweeps_oracle(X, y, alpha, sweeps, tol=0.0):
    """Cyclic coordinate descent in plain loops, the residual recomputed for every coordinate."""
    Xc, yc = centred(X, y)
    n, d = X.shape
    w = np.zeros(d)
    for _ in range(sweeps):
        largest = 0.0
        for j in range(d):
            norm = float(Xc[:, j] @ Xc[:, j])
            if norm == 0.0:
                continue
            rho = float(Xc[:, j] @ (yc - Xc @ w + Xc[:, j] * w[j]))
            new = np.sign(rho) * max(abs(rho) - n * alpha, 0.0) / norm
            largest = max(largest, abs(new - w[j]))
            w[j] = new
        if largest <= tol:
            break
    return w, y.mean() - X.mean(axis=0) @ w


# --- ridge ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("alpha", [0.0, 0.5, 20.0])
def test_ridge_matches_reference(solution, np_rng, tol, alpha):
    """Random correlated features with offsets: (w, b) equal a float64 least-squares reference."""
    X, y = make_data(np_rng, 60, 5)
    want_w, want_b = ridge_oracle(X, y, alpha)
    check_fit(solution.ridge(X, y, alpha), want_w, want_b, call=f"ridge(<60 x 5 data>, {alpha})", tol=tol)


def test_ridge_intercept_is_not_penalised(solution, np_rng, tol):
    """Adding 1,000 to y moves only b, by exactly 1,000: the intercept is not shrunk."""
    X, y = make_data(np_rng, 40, 3)
    want_w, want_b = ridge_oracle(X, y, 50.0)
    check_fit(solution.ridge(X, y + 1000.0, 50.0), want_w, want_b + 1000.0,
              call="ridge(<40 x 3 data>, y + 1000, alpha=50)", tol=tol)


@pytest.mark.edge
def test_ridge_ill_conditioned_system_is_solved(solution, np_rng):
    """Two nearly collinear columns, one column 1,000 times another, alpha = 1e-9 (condition number
    1e16 to 1e18): the penalised normal equations hold to a relative residual below 1e-14."""
    # Measured over 200 seeds of this data: np.linalg.solve leaves at most 3e-19 and a Cholesky
    # solve at most 8e-19 (4 orders of magnitude of margin); inv(A) @ c (or solve(A, I) @ c) leaves
    # 3e-14 to 7e-9, so it always fails. lstsq on these normal equations leaves up to 4e-13 (its
    # rcond cutoff truncates) and fails on about a quarter of the seeds, which the prompt says;
    # lstsq or QR on the augmented data matrix [Xc; sqrt(alpha) I] leaves at most 3e-16 and passes.
    X, y = make_data(np_rng, 50, 6)
    X[:, 1] = X[:, 0] + 1e-7 * np_rng.normal(size=50)
    X[:, 3] = 1e3 * X[:, 2]
    call = "ridge(<50 x 6, column 1 = column 0 + 1e-7 noise, column 3 = 1000 x column 2>, 1e-9)"
    w, _ = unpack(solution.ridge(X, y, 1e-9), 6, call=call)
    Xc, yc = centred(X, y)
    A = Xc.T @ Xc + 1e-9 * np.eye(6)
    residual = float(np.linalg.norm(A @ w - Xc.T @ yc) / (np.linalg.norm(A, 2) * np.linalg.norm(w)))
    check(residual < RESIDUAL_BOUND, lambda: (
        f"{call}: the relative residual ||A w - Xc^T yc|| / (||A|| ||w||) is {residual:.2e}; a linear solve "
        "leaves about 1e-18. Solve the system (np.linalg.solve); multiplying by an inverse loses accuracy"))


@pytest.mark.edge
def test_ridge_more_features_than_samples_and_constant_column(solution, np_rng, tol):
    """d > n is fine with alpha > 0; a constant column gets weight 0."""
    X, y = make_data(np_rng, 8, 12)
    X[:, 4] = 2.0
    want_w, want_b = ridge_oracle(X, y, 0.3)
    check_fit(solution.ridge(X, y, 0.3), want_w, want_b, call="ridge(<8 x 12 data, column 4 constant>, 0.3)",
              tol=tol)


# --- lasso ---------------------------------------------------------------------------------------


def check_kkt(got, X, y, alpha, call):
    """Optimality of the lasso: the subgradient conditions within 1e-6, and b from the means."""
    w, b = unpack(got, X.shape[1], call=call)
    # nan compares False, so a diverged w would slip through the conditions below: reject it first
    check(bool(np.all(np.isfinite(w))), lambda: f"{call} returned w = {w}, which is not finite; coordinate "
          "descent with up-to-date residuals cannot diverge")
    Xc, yc = centred(X, y)
    g = -(Xc.T @ (yc - Xc @ w)) / len(y)
    nonzero = w != 0
    bad_nonzero = np.abs(g + alpha * np.sign(w)) > KKT_TOL
    bad_zero = np.abs(g) > alpha + KKT_TOL
    bad = np.flatnonzero(np.where(nonzero, bad_nonzero, bad_zero))
    if bad.size:
        j = int(bad[0])
        rule = (f"g_j + alpha * sign(w_j) = {g[j] + alpha * np.sign(w[j]):.3e}, expected 0" if nonzero[j]
                else f"|g_j| = {abs(g[j]):.6g} > alpha = {alpha:.6g}")
    check(not bad.size, lambda: (
        f"{call} is not a lasso minimum: at coefficient {j} (w_j = {w[j]:.6g}) the gradient of the squared "
        f"error g = -(1/n) Xc^T (yc - Xc w) gives {rule} (within {KKT_TOL:g}). Check the soft threshold n * alpha "
        "and the division by ||Xc[:, j]||^2"))
    check_close(b, float(y.mean() - X.mean(axis=0) @ w), call=f"{call}: b (mean(y) - mean(X) @ w)",
                rtol=1e-8, atol=1e-10)


@pytest.mark.parametrize("fraction", [0.02, 0.2, 0.6])
def test_lasso_is_optimal(solution, np_rng, fraction):
    """With the default max_iter and tol, (w, b) satisfy the lasso's optimality conditions, for alpha
    from 2% to 60% of the value that zeroes every coefficient."""
    X, y = make_data(np_rng, 80, 10)
    Xc, yc = centred(X, y)
    alpha = fraction * float(np.abs(Xc.T @ yc).max()) / len(y)
    check_kkt(solution.lasso(X, y, alpha), X, y, alpha, call=f"lasso(<80 x 10 data>, alpha={alpha:.4g})")


def test_lasso_sweeps_and_stopping_rule(solution, np_rng, tol):
    """max_iter=1 and max_iter=2 give exactly one and two cyclic sweeps from w = 0; a tol larger than
    any change stops after the first sweep."""
    X, y = make_data(np_rng, 30, 4)
    alpha = 0.1
    for kwargs, sweeps in (({"max_iter": 1}, 1), ({"max_iter": 2}, 2), ({"tol": 1e9}, 1)):
        want_w, want_b = sweeps_oracle(X, y, alpha, sweeps)
        args = ", ".join(f"{k}={v:g}" for k, v in kwargs.items())
        check_fit(solution.lasso(X, y, alpha, **kwargs), want_w, want_b, call=f"lasso(<30 x 4 data>, 0.1, {args})",
                  tol=tol)


@pytest.mark.edge
def test_lasso_large_alpha_gives_zeros(solution, np_rng):
    """alpha above max_j |Xc[:, j] @ yc| / n (1.01 and 3 times it): every coefficient exactly 0, b = mean(y)."""
    X, y = make_data(np_rng, 25, 4)
    Xc, yc = centred(X, y)
    alpha_max = float(np.abs(Xc.T @ yc).max()) / len(y)
    for alpha in (1.01 * alpha_max, 3 * alpha_max):
        call = f"lasso(<25 x 4 data>, alpha={alpha:.6g}) (alpha_max = {alpha_max:.6g})"
        w, b = unpack(solution.lasso(X, y, alpha), 4, call=call)
        check(bool(np.all(w == 0)), lambda w=w, call=call: f"{call} returned w = {w}; expected all exact zeros")
        check_close(b, float(y.mean()), call=f"{call}: b", rtol=1e-10, atol=1e-10)


@pytest.mark.edge
def test_lasso_constant_column(solution, np_rng):
    """A constant column (||Xc[:, j]||^2 = 0) keeps w_j = 0 instead of dividing by zero."""
    X, y = make_data(np_rng, 40, 4)
    X[:, 1] = 2.0
    call = "lasso(<40 x 4 data, column 1 constant at 2.0>, alpha=0.05)"
    got = solution.lasso(X, y, 0.05)
    w, _ = unpack(got, 4, call=call)
    check(w[1] == 0.0, lambda: f"{call} returned w[1] = {w[1]}; a constant column keeps weight 0")
    check_kkt(got, X, y, 0.05, call=call)


def _inputs_modified(module, X, y):
    import numpy as np

    copies = X.copy(), y.copy()
    module.ridge(X, y, 1.0)
    module.lasso(X, y, 0.1)
    return [not np.array_equal(a, b) for a, b in zip((X, y), copies, strict=True)]


@pytest.mark.edge
def test_inputs_are_not_modified(worker, np_rng):
    """ridge and lasso leave X and y as they were (centre copies)."""
    X, y = make_data(np_rng, 20, 3)
    changed = worker.probe(_inputs_modified, X, y, label="ridge(X, y, 1.0); lasso(X, y, 0.1)")
    names = [name for name, flag in zip(("X", "y"), changed, strict=True) if flag]
    check(not names, lambda: f"ridge or lasso modified {' and '.join(names)} in place; centre copies")
