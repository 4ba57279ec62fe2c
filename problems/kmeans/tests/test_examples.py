"""Visible examples for kmeans (what `drill test` runs)."""

import numpy as np
from support import check_answer


def test_example_two_blobs(solution, tol):
    X = np.array([[0.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 5.0]])
    init = np.array([[0.0, 0.0], [5.0, 5.0]])
    want = {"centroids": np.array([[0.0, 0.5], [5.5, 5.0]]), "labels": np.array([0, 0, 1, 1]),
            "n_iter": 2, "used": np.array([[0.0, 0.5], [5.5, 5.0]])}
    check_answer(solution.kmeans(X, init), want, X, "kmeans(X=[[0,0], [0,1], [5,5], [6,5]], init=[[0,0], [5,5]])",
                 tol)


def test_example_tie_and_max_iter(solution, tol):
    X = np.array([[0.0], [2.0], [4.0]])
    init = np.array([[1.0], [3.0]])
    want = {"centroids": np.array([[1.0], [4.0]]), "labels": np.array([0, 0, 1]), "n_iter": 1,
            "used": init}
    check_answer(solution.kmeans(X, init, max_iter=1), want, X,
                 "kmeans(X=[[0.], [2.], [4.]], init=[[1.], [3.]], max_iter=1)", tol)


def test_example_empty_cluster(solution, tol):
    X = np.array([[0.0], [1.0]])
    init = np.array([[0.0], [10.0]])
    want = {"centroids": np.array([[0.5], [10.0]]), "labels": np.array([0, 0]), "n_iter": 2,
            "used": np.array([[0.5], [10.0]])}
    check_answer(solution.kmeans(X, init), want, X, "kmeans(X=[[0.], [1.]], init=[[0.], [10.]])", tol)
