"""Hidden tests for train_softmax_regression: (W, b) against a float64 replay of the schedule with
a generator from the same seed, a changed seed, the defaults, the generator's use, zero epochs,
uneven and oversized batches, an absent class, huge logits, and untouched inputs."""

import numpy as np
import pytest
from support import check_model, train_in_worker

from harness.authoring import check


def replay(X, y, n_classes, seed, lr=0.1, epochs=10, batch_size=32, l2=0.0):
    """The schedule written as loops over batches; returns (W, b, next draw of the generator)."""
    rng = np.random.default_rng(seed)
    n, d = X.shape
    W, b = np.zeros((d, n_classes)), np.zeros(n_classes)
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            z = X[idx] @ W + b
            z -= z.max(axis=1, keepdims=True)
            P = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
            P[np.arange(len(idx)), y[idx]] -= 1.0
            W, b = W - lr * (X[idx].T @ P / len(idx) + l2 * W), b - lr * P.mean(axis=0)
    return W, b, int(rng.integers(1 << 62))


def blobs(np_rng, n, d, n_classes, scale=1.0):
    centres = np_rng.normal(0.0, 2.0, size=(n_classes, d))
    y = np_rng.integers(0, n_classes, size=n).astype(np.int64)
    return scale * (centres[y] + np_rng.normal(size=(n, d))), y


def run(worker, X, y, n_classes, seed, kwargs, tol, what):
    call = f"train_softmax_regression({what}, rng=default_rng({seed}){''.join(f', {k}={v}' for k, v in kwargs.items())})"
    got = worker.probe(train_in_worker, X, y, n_classes, seed, kwargs, label=call)
    W, b, next_draw = replay(X, y, n_classes, seed, **kwargs)
    check_model(got["model"], W, b, call=call, tol=tol)
    return got, next_draw, call


CASES = {
    "3-classes-l2": (90, 4, 3, {"lr": 0.2, "epochs": 6, "batch_size": 16, "l2": 0.05}),
    "uneven-last-batch": (53, 3, 4, {"lr": 0.5, "epochs": 4, "batch_size": 10, "l2": 0.0}),
    "strong-l2-batch-7": (40, 5, 3, {"lr": 0.1, "epochs": 8, "batch_size": 7, "l2": 0.5}),
}


@pytest.mark.parametrize("case", CASES)
def test_matches_replay(worker, np_rng, tol, case):
    """(W, b) equal a float64 replay: softmax over all classes, batch-averaged gradients, L2 on W only,
    one permutation per epoch from the given generator."""
    n, d, k, kwargs = CASES[case]
    X, y = blobs(np_rng, n, d, k)
    seed = int(np_rng.integers(1 << 30))
    got, next_draw, call = run(worker, X, y, k, seed, kwargs, tol, f"<{n} x {d}, {k} classes>")
    check(got["next_draw"] == next_draw, (
        f"{call}: the generator was not left where {kwargs['epochs']} calls of rng.permutation(n) leave it; "
        "draw exactly one permutation per epoch from rng and nothing else"))


def test_defaults(worker, np_rng, tol):
    """Left out, lr=0.1, epochs=10, batch_size=32 and l2=0 are used."""
    X, y = blobs(np_rng, 70, 3, 3)
    run(worker, X, y, 3, int(np_rng.integers(1 << 30)), {}, tol, "<70 x 3, 3 classes>")


def test_changed_seed_changes_the_model(worker, np_rng, tol):
    """Another seed gives another order of batches and so another model (each equal to its replay)."""
    X, y = blobs(np_rng, 60, 3, 3)
    seed = int(np_rng.integers(1 << 30))
    kwargs = {"lr": 0.3, "epochs": 3, "batch_size": 8}
    first, _, _ = run(worker, X, y, 3, seed, kwargs, tol, "<60 x 3, 3 classes>")
    second, _, _ = run(worker, X, y, 3, seed + 1, kwargs, tol, "<60 x 3, 3 classes>")
    check(not np.allclose(first["model"][0], second["model"][0], rtol=1e-6, atol=1e-9),
          f"seeds {seed} and {seed + 1} gave the same W: shuffle with the generator you are given")


@pytest.mark.edge
def test_zero_epochs_and_one_batch_per_epoch(worker, np_rng, tol):
    """epochs=0 returns zeros and draws nothing; batch_size >= n makes one full batch per epoch."""
    X, y = blobs(np_rng, 12, 2, 3)
    seed = int(np_rng.integers(1 << 30))
    got, next_draw, call = run(worker, X, y, 3, seed, {"epochs": 0}, tol, "<12 x 2, 3 classes>")
    check(got["next_draw"] == next_draw, f"{call} drew from the generator with zero epochs")
    run(worker, X, y, 3, seed, {"lr": 0.5, "epochs": 5, "batch_size": 50}, tol, "<12 x 2, 3 classes>")


@pytest.mark.edge
def test_class_without_examples(worker, np_rng, tol):
    """n_classes=4 while y holds only 0, 1 and 3: class 2 still gets a column (pushed down)."""
    X, y = blobs(np_rng, 30, 3, 3)
    y = np.where(y == 2, 3, y).astype(np.int64)
    run(worker, X, y, 4, int(np_rng.integers(1 << 30)), {"lr": 0.3, "epochs": 3, "batch_size": 8}, tol,
        "<30 x 3, labels 0, 1, 3 of 4 classes>")


@pytest.mark.edge
def test_huge_logits_stay_finite(worker, np_rng, tol):
    """Features around 1e3 make logits of 1e5 and more after one step: subtract the row maximum."""
    X, y = blobs(np_rng, 24, 2, 3, scale=1e3)
    run(worker, X, y, 3, int(np_rng.integers(1 << 30)), {"lr": 0.5, "epochs": 2, "batch_size": 6}, tol,
        "<24 x 2 with features around 1e3, 3 classes>")


def _inputs_modified(module, X, y):
    import numpy as np

    copies = X.copy(), y.copy()
    module.train_softmax_regression(X, y, 3, np.random.default_rng(5), epochs=2, batch_size=4, l2=0.1)
    return [not np.array_equal(a, b) for a, b in zip((X, y), copies, strict=True)]


@pytest.mark.edge
def test_inputs_are_not_modified(worker, np_rng):
    """Training leaves X and y as they were."""
    X, y = blobs(np_rng, 20, 3, 3)
    changed = worker.probe(_inputs_modified, X, y, label="train_softmax_regression(X, y, 3, rng, ...)")
    check(not any(changed), "train_softmax_regression modified X or y in place")
