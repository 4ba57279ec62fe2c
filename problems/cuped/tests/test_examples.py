"""Visible examples for cuped (what `drill test` runs)."""

import pytest
from support import check_result

from harness.authoring import call_text, expect_raises

EXAMPLES = [
    (([5.0, 7.0, 6.0, 9.0], [4.0, 6.0, 5.0, 8.0], [8.0, 7.5, 10.0, 9.0, 11.0], [5.0, 5.5, 7.0, 6.0, 8.5]),
     {"theta": 1.1325878594249204, "effect": 1.6138178913738006, "se": 0.2481438209887405,
      "variance_reduction": 0.7633125402397988}),
    (([1.0, 2.0, 3.0], [1.0, 1.0, 2.0], [2.0, 2.0, 5.0], [2.0, 1.0, 2.0]),
     {"theta": 1.6666666666666667, "effect": 0.44444444444444464, "se": 0.9162456945817026,
      "variance_reduction": 0.4385964912280701}),
]


@pytest.mark.parametrize(("args", "want"), EXAMPLES, ids=["4-and-5-users", "3-and-3-users"])
def test_example(solution, tol, args, want):
    check_result(solution.cuped(*args), want, call=call_text("cuped", *args), tol=tol)


def test_example_constant_covariate(solution):
    args = ([1.0, 2.0], [3.0, 3.0], [2.0, 4.0], [3.0, 3.0])
    expect_raises(ValueError, solution.cuped, *args, call=call_text("cuped", *args))
