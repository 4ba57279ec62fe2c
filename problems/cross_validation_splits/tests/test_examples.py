"""Visible examples for cross_validation_splits (what `drill test` runs)."""

import numpy as np
from support import as_lists, check_same

from harness.authoring import check_close


def _stratified(module):
    import numpy as np

    return module.stratified_kfold(np.array([0, 1, 0, 0, 1, 2, 0, 0]), 3, np.random.default_rng(0))


def with_train(tests, n):
    return [(sorted(set(range(n)) - set(t)), t) for t in tests]


def test_example_stratified(worker):
    call = "stratified_kfold([0, 1, 0, 0, 1, 2, 0, 0], 3, np.random.default_rng(0))"
    got = as_lists(worker.probe(_stratified, label=call), call, 3)
    check_same(got, with_train([[0, 3, 4], [2, 5, 7], [1, 6]], 8), call)


def test_example_group(solution):
    call = "group_kfold([5, 5, 5, 2, 2, 9, 9, 7], 3)"
    got = as_lists(solution.group_kfold(np.array([5, 5, 5, 2, 2, 9, 9, 7]), 3), call, 3)
    check_same(got, with_train([[0, 1, 2], [3, 4, 7], [5, 6]], 8), call)


def test_example_time_series(solution):
    call = "time_series_split(10, 3, gap=1)"
    got = as_lists(solution.time_series_split(10, 3, gap=1), call, 3)
    check_same(got, [([0, 1, 2], [4, 5]), ([0, 1, 2, 3, 4], [6, 7]), ([0, 1, 2, 3, 4, 5, 6], [8, 9])], call)


def test_example_scale_fold(solution, tol):
    X = np.array([[1.0, 5.0], [3.0, 5.0], [5.0, 5.0], [100.0, 6.0]])
    got = solution.scale_fold(X, np.array([0, 1, 2]), np.array([3]))
    std = np.sqrt(8 / 3)
    call = "scale_fold([[1, 5], [3, 5], [5, 5], [100, 6]], [0, 1, 2], [3])"
    check_close(got[0], np.array([[-2 / std, 0.0], [0.0, 0.0], [2 / std, 0.0]]), call=f"{call} train", **tol)
    check_close(got[1], np.array([[97 / std, 1.0]]), call=f"{call} test", **tol)
