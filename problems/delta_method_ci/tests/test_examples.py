"""Visible examples for delta_method_ci (what `drill test` runs)."""

import pytest
from support import check_result

from harness.authoring import call_text, expect_raises

EXAMPLES = [
    (([2, 0, 5, 1, 3], [4, 1, 9, 2, 8]), {},
     {"ratio": 0.4583333333333333, "se": 0.0561894178218135, "low": 0.34820409809030584, "high": 0.5684625685763608}),
    (([1, 1, 4, 0], [3, 2, 10, 1]), {"confidence": 0.9},
     {"ratio": 0.375, "se": 0.038273277230987154, "low": 0.31204606113129163, "high": 0.43795393886870837}),
    (([1, 2, 3], [2, 4, 6]), {}, {"ratio": 0.5, "se": 0.0, "low": 0.5, "high": 0.5}),
]


@pytest.mark.parametrize(("args", "kwargs", "want"), EXAMPLES, ids=["five-users", "confidence-0.9", "same-rate"])
def test_example(solution, tol, args, kwargs, want):
    check_result(solution.ratio_metric_ci(*args, **kwargs), want, call=call_text("ratio_metric_ci", *args, **kwargs),
                 tol=tol)


def test_example_user_without_sessions(solution):
    expect_raises(ValueError, solution.ratio_metric_ci, [1, 2], [1, 0], call=call_text("ratio_metric_ci", [1, 2], [1, 0]))
