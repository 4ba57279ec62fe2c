"""Visible examples for value_iteration (what `drill test` runs)."""

import pytest
from support import check_result

from harness.authoring import call_text

P = [[[0.9, 0.1], [0.2, 0.8]], [[0.0, 1.0], [0.7, 0.3]]]
R = [[1.0, 0.0], [2.0, -1.0]]
P2 = [[[0, 1, 0], [0, 0, 1]], [[0, 1, 0], [0, 1, 0]], [[0, 1, 0], [0, 1, 0]]]
R2 = [[0.3, 0.1], [0.0, 0.0], [0.4, 0.4]]

EXAMPLES = [
    ((P, R, 0.9), {}, ([17.560975608935603, 19.9999999991795], [1, 0], 227)),
    ((P, R, 0.9), {"tol": 0.0, "max_iter": 3}, ([3.0942000000000003, 5.42], [1, 0], 3)),
    ((P, R, 0.0), {}, ([1.0, 2.0], [0, 0], 2)),
    ((P2, R2, 0.5), {}, ([0.30000000000000004, 0.0, 0.4], [0, 0, 0], 2)),
]


@pytest.mark.parametrize(("args", "kwargs", "want"), EXAMPLES, ids=["converged", "three-sweeps", "gamma-0", "tie"])
def test_example(solution, tol, args, kwargs, want):
    check_result(solution.value_iteration(*args, **kwargs), want, call=call_text("value_iteration", *args, **kwargs),
                 tol=tol)
