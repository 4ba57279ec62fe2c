"""Visible examples for newsvendor (what `drill test` runs)."""

import pytest
from support import check_result

from harness.authoring import call_text

EXAMPLES = [
    ((20.0, 0.5, 3.0, 1.0), {"order": 47, "expected_cost": 14.538798765218097, "critical_ratio": 0.75}),
    ((2.0, 0.1, 1.0, 4.0), {"order": 8, "expected_cost": 15.614642755872737, "critical_ratio": 0.2}),
    ((0.5, 2.0, 1.0, 1.0), {"order": 0, "expected_cost": 0.25, "critical_ratio": 0.5}),
    ((5000.0, 1.0, 9.0, 1.0), {"order": 5128, "expected_cost": 176.6194404344974, "critical_ratio": 0.9}),
]


@pytest.mark.parametrize(("args", "want"), EXAMPLES, ids=["mean-40", "expensive-overstock", "order-zero", "large-shape"])
def test_example(solution, tol, args, want):
    check_result(solution.newsvendor(*args), want, call=call_text("newsvendor", *args), tol=tol)
