"""Visible examples for predict_proba, objective and fit (what `drill test` runs)."""

import numpy as np

from harness.authoring import check_close

X = np.array([[0.0], [1.0], [2.0], [3.0]])
Y = np.array([0, 0, 1, 1], dtype=np.int64)
W = np.array([1.5076736701])  # the optimum for lam = 0.1, to 10 digits
B = -2.2615105052


def test_example_fit(solution):
    got = solution.fit(X, Y, 0.1)
    assert type(got) is tuple and len(got) == 2, \
        f"fit(X, y, 0.1) returned {type(got).__name__}; expected a tuple (w, b)"
    check_close(got[0], W, call="fit(X=[[0], [1], [2], [3]], y=[0, 0, 1, 1], lam=0.1)[0] (w)", rtol=1e-6, atol=1e-8)
    check_close(got[1], B, call="fit(X=[[0], [1], [2], [3]], y=[0, 0, 1, 1], lam=0.1)[1] (b)", rtol=1e-6, atol=1e-8)


def test_example_objective(solution, tol):
    check_close(solution.objective(X, Y, W, B, 0.1), 0.3560321976, call="objective(X, y, w, b, lam=0.1)",
                rtol=1e-8, atol=1e-9)
    check_close(solution.objective(X, Y, np.array([0.0]), 0.0, 0.1), float(np.log(2.0)),
                call="objective(X, y, w=[0], b=0, lam=0.1)", **tol)


def test_example_huge_margins(solution, tol):
    check_close(solution.predict_proba(np.array([[1.0], [-1.0], [0.0]]), np.array([1e4]), 0.0),
                np.array([1.0, 0.0, 0.5]), call="predict_proba([[1], [-1], [0]], w=[1e4], b=0)", **tol)
    got = solution.objective(np.array([[1.0], [-1.0]]), np.array([1, 1], dtype=np.int64), np.array([1e4]), 0.0, 0.0)
    check_close(got, 5000.0, call="objective([[1], [-1]], y=[1, 1], w=[1e4], b=0, lam=0)", **tol)
