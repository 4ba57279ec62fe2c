"""Visible examples for kmeans_pp (what `drill test` runs)."""

import numpy as np
from support import check_indices, check_score


def _seeded(module):
    import numpy as np

    X = np.array([[0.0, 0.0], [0.0, 1.0], [4.0, 0.0], [4.0, 1.0], [10.0, 0.0]])
    return module.kmeans_pp_init(X, 3, np.random.default_rng(0))


def test_example_kmeans_pp(worker):
    call = "kmeans_pp_init([[0, 0], [0, 1], [4, 0], [4, 1], [10, 0]], 3, np.random.default_rng(0))"
    check_indices(worker.probe(_seeded, label=call), [4, 0, 2], call)


def test_example_silhouette(solution, tol):
    got = solution.silhouette_score(np.array([[0.0], [1.0], [5.0], [6.0]]), np.array([0, 0, 1, 1]))
    check_score(got, (4.5 / 5.5 + 3.5 / 4.5) / 2, "silhouette_score([[0.], [1.], [5.], [6.]], [0, 0, 1, 1])", tol)
