"""Visible example for train_softmax_regression (what `drill test` runs)."""

import numpy as np
from support import check_model, train_in_worker


def test_example_one_full_batch(worker, tol):
    X = np.array([[0.0, 1.0], [1.0, 0.0]])
    y = np.array([0, 1], dtype=np.int64)
    call = "train_softmax_regression(X, y, 2, np.random.default_rng(0), lr=1.0, epochs=1, batch_size=2)"
    got = worker.probe(train_in_worker, X, y, 2, 0, {"lr": 1.0, "epochs": 1, "batch_size": 2}, label=call)
    check_model(got["model"], np.array([[-0.25, 0.25], [0.25, -0.25]]), np.zeros(2), call=call, tol=tol)
