"""The optimality check shared by the visible and hidden tests of linear_regression_gd: the MSE
and its gradient at the returned point, against the least-squares optimum of the normal equations."""

import numpy as np
import torch

from harness.authoring import CheckFailed, check_close, check_kind, short_repr

GRAD_TOL = 1e-6  # Euclidean norm of the MSE gradient at the returned point
GAP_TOL = 1e-9  # MSE - optimum, relative to 1 + optimum


def mse_and_gradient(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> tuple[float, np.ndarray]:
    r = X @ w + b - y
    return float(np.mean(r ** 2)), np.concatenate([2.0 / len(y) * (X.T @ r), [2.0 * np.mean(r)]])


def least_squares(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float, float]:
    """The minimum-norm minimiser (w*, b*) of the MSE and the optimum L*, in float64."""
    A = np.hstack([X, np.ones((len(X), 1))])
    theta = np.linalg.lstsq(A, y, rcond=None)[0]
    w, b = theta[:-1], float(theta[-1])
    return w, b, mse_and_gradient(X, y, w, b)[0]


def check_fit(got, X: torch.Tensor, y: torch.Tensor, *, call: str, min_norm: bool = False,
              tol: dict | None = None) -> None:
    """got = (w, b) is a minimiser of the mean squared error (and the minimum-norm one if asked)."""
    if type(got) is not tuple or len(got) != 2:
        kind = f"a {type(got).__name__}" + (f" of length {len(got)}" if isinstance(got, (tuple, list)) else "")
        raise CheckFailed(f"{call} returned {kind}; expected a tuple (w, b)")
    w, b = got
    d = X.shape[1]
    check_kind(w, torch.zeros(d, dtype=torch.float64), call=f"{call}[0] (w)")
    check_kind(b, torch.zeros((), dtype=torch.float64), call=f"{call}[1] (b)")
    Xn, yn = X.numpy(), y.numpy()
    wn, bn = w.detach().numpy(), float(b)
    with np.errstate(all="ignore"):
        loss, grad = mse_and_gradient(Xn, yn, wn, bn)
    if not (np.isfinite(wn).all() and np.isfinite(bn) and np.isfinite(loss)):
        raise CheckFailed(f"{call} returned w = {short_repr(wn.tolist(), 60)}, b = {bn}: gradient descent "
                          "diverged (the loss grew to inf / nan). At the stated learning rate the mean "
                          "squared error converges; check how the loss is reduced over the examples")
    w_star, b_star, best = least_squares(Xn, yn)
    norm = float(np.linalg.norm(grad))
    if norm > GRAD_TOL:
        raise CheckFailed(
            f"{call} returned a point that is not a minimum of the mean squared error: the gradient there "
            f"has norm {norm:.3g} (at most {GRAD_TOL:g} allowed; bias component {grad[-1]:.3g}, largest weight "
            f"component {np.abs(grad[:-1]).max():.3g}). MSE there {loss:.10g}; the least-squares optimum is "
            f"{best:.10g}")
    if loss - best > GAP_TOL * (1.0 + best):
        raise CheckFailed(f"{call}: MSE {loss:.12g} at the returned point; the least-squares optimum is "
                          f"{best:.12g} (allowed gap {GAP_TOL:g} * (1 + optimum))")
    if min_norm:
        tol = tol or {}
        want_w = torch.from_numpy(w_star)
        want_b = torch.tensor(b_star, dtype=torch.float64)
        check_close(w, want_w, call=f"{call}[0] (w; the minimum-norm minimiser, reached from zero)", **tol)
        check_close(b, want_b, call=f"{call}[1] (b; the minimum-norm minimiser, reached from zero)", **tol)
