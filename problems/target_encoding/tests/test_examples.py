"""Visible examples for target_encoding (what `drill test` runs)."""

import numpy as np
from support import check_encoded, check_partition

from harness.authoring import check_equal


def test_example_given_folds(solution, tol):
    got = solution.target_encode(["a", "a", "b", "b", "a"], np.array([1.0, 0.0, 1.0, 1.0, 1.0]), ["a", "z"],
                                 smoothing=1.0, folds=np.array([0, 1, 0, 1, 1]))
    check_encoded(got, [5 / 9, 1.0, 5 / 6, 1.0, 1.0], [0.7, 0.8],
                  'target_encode(["a", "a", "b", "b", "a"], y=[1, 0, 1, 1, 1], ["a", "z"], smoothing=1.0, '
                  'folds=[0, 1, 0, 1, 1])', tol)


def _folds(module):
    import numpy as np

    return module.make_folds(5, 2, np.random.default_rng(0))


def test_example_make_folds(worker):
    call = "make_folds(5, 2, np.random.default_rng(0))"
    got = worker.probe(_folds, label=call)
    check_partition(got, 5, 2, call)
    check_equal(np.asarray(got).tolist(), [1, 0, 0, 0, 1], call=call)
