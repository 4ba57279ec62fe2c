"""Visible examples for ridge and lasso (what `drill test` runs)."""

import numpy as np
import pytest
from support import check_fit

X = np.array([[0.0], [1.0], [2.0], [3.0]])
Y = np.array([1.0, 3.0, 5.0, 7.0])

EXAMPLES = [("ridge", 0.0, 2.0, 1.0), ("ridge", 5.0, 1.0, 2.5), ("lasso", 0.5, 1.6, 1.6), ("lasso", 2.5, 0.0, 4.0)]


@pytest.mark.parametrize(("name", "alpha", "w", "b"), EXAMPLES, ids=[f"{n}-{a}" for n, a, _, _ in EXAMPLES])
def test_example(solution, tol, name, alpha, w, b):
    check_fit(getattr(solution, name)(X, Y, alpha), np.array([w]), b,
              call=f"{name}([[0], [1], [2], [3]], [1, 3, 5, 7], {alpha})", tol=tol)
