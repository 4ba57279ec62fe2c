"""Visible examples for the regression metrics (what `drill test` runs)."""

import numpy as np
import pytest

from harness.authoring import check_close

Y, P = np.array([3.0, -0.5, 2.0, 7.0]), np.array([2.5, 0.0, 2.0, 8.0])
EXAMPLES = [
    ("rmse", Y, P, np.sqrt(1.5 / 4)),
    ("mae", Y, P, 0.5),
    ("mape", Y, P, (0.5 / 3 + 1.0 + 1.0 / 7) / 4),
    ("r2", Y, P, 1 - 1.5 / 29.1875),
    ("mape", np.array([0.0, 2.0]), np.array([1.0, 1.0]), 0.5),
    ("smape", np.array([0.0, 2.0]), np.array([0.0, 1.0]), 1 / 3),
    ("r2", np.array([4.0, 4.0]), np.array([4.0, 5.0]), 0.0),
]


@pytest.mark.parametrize(("name", "y", "p", "want"), EXAMPLES, ids=[f"{e[0]}-{i}" for i, e in enumerate(EXAMPLES)])
def test_example(solution, tol, name, y, p, want):
    check_close(getattr(solution, name)(y, p), float(want), call=f"{name}({y.tolist()}, {p.tolist()})", **tol)
