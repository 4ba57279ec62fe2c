"""Hidden tests for hinge_loss and multiclass_hinge_loss: loss and subgradient against a per-example
float64 oracle; mean reduction, the kink convention (gradient 0 at margin exactly 1), labels other
than -1/+1 rejected, ties among the wrong classes, and consistency between the two forms."""

import numpy as np
import pytest
from support import check_binary, check_multiclass

from harness.authoring import check, expect_raises


def binary_oracle(scores, y):
    n = len(scores)
    loss, grad = 0.0, np.zeros(n)
    for i in range(n):
        slack = 1.0 - float(y[i]) * float(scores[i])
        if slack > 0:
            loss += slack
            grad[i] = -float(y[i]) / n
    return loss / n, grad


def multiclass_oracle(scores, y):
    n, c = scores.shape
    loss, grad = 0.0, np.zeros((n, c))
    for i in range(n):
        wrong = [j for j in range(c) if j != y[i]]
        best = max(wrong, key=lambda j: (scores[i, j], -j))  # highest score, then lowest index
        slack = 1.0 + scores[i, best] - scores[i, y[i]]
        if slack > 0:
            loss += slack
            grad[i, best] += 1.0 / n
            grad[i, y[i]] -= 1.0 / n
    return loss / n, grad


def run_binary(solution, scores, y, tol, call=None):
    got = solution.hinge_loss(scores.copy(), y.copy())
    check_binary(got, *binary_oracle(scores, y), scores, y,
                 call or f"hinge_loss(<{len(scores)} scores>, <{len(y)} labels>)", tol)
    return got


def run_multiclass(solution, scores, y, tol, call=None):
    got = solution.multiclass_hinge_loss(scores.copy(), y.copy())
    check_multiclass(got, *multiclass_oracle(scores, y), scores, y,
                     call or f"multiclass_hinge_loss(<scores of shape {scores.shape}>, <{len(y)} labels>)", tol)
    return got


def signs(np_rng, n):
    return np.where(np_rng.random(n) < 0.5, -1, 1).astype(np.int64)


@pytest.mark.parametrize("batch", range(3))
def test_binary_random(solution, np_rng, tol, batch):
    """Random scores around the margin and labels -1/+1, 1 to 200 examples."""
    for _ in range(10):
        n = int(np_rng.integers(1, 200))
        run_binary(solution, np_rng.normal(0.0, 1.5, size=n), signs(np_rng, n), tol)


def test_binary_all_outside_the_margin(solution, np_rng, tol):
    """Every example has y * s > 1: loss 0 and a zero gradient."""
    y = signs(np_rng, 20)
    run_binary(solution, y * np_rng.uniform(1.1, 5.0, size=20), y, tol)


def test_binary_one_class_only(solution, np_rng, tol):
    """Labels that are all +1 (or all -1) are valid input."""
    run_binary(solution, np_rng.normal(size=8), np.ones(8, dtype=np.int64), tol)
    run_binary(solution, np_rng.normal(size=8), -np.ones(8, dtype=np.int64), tol)


@pytest.mark.parametrize("batch", range(3))
def test_multiclass_random(solution, np_rng, tol, batch):
    """Random scores for 2 to 6 classes, 1 to 100 examples."""
    for _ in range(10):
        n, c = int(np_rng.integers(1, 100)), int(np_rng.integers(2, 7))
        run_multiclass(solution, np_rng.normal(0.0, 1.0, size=(n, c)), np_rng.integers(0, c, size=n), tol)


def test_multiclass_row_shift(solution, np_rng, tol):
    """Adding a constant to a whole row of scores changes neither the loss nor the gradient."""
    scores = np_rng.normal(size=(12, 4))
    y = np_rng.integers(0, 4, size=12)
    run_multiclass(solution, scores, y, tol)
    shifted = scores + np_rng.uniform(-50, 50, size=(12, 1))
    run_multiclass(solution, shifted, y, {"rtol": 1e-9, "atol": 1e-12},
                   call="multiclass_hinge_loss(scores + a constant per row, y)")


def test_two_classes_match_binary(solution, np_rng, tol):
    """With 2 classes, scores [-s/2, s/2] and labels 0/1 give the binary loss of s with labels -1/+1."""
    s = np_rng.normal(0.0, 1.5, size=30)
    y01 = np_rng.integers(0, 2, size=30)
    binary_loss, _ = run_binary(solution, s, 2 * y01 - 1, tol)
    multi_loss, _ = run_multiclass(solution, np.stack([-s / 2, s / 2], axis=1), y01, tol)
    check(abs(binary_loss - multi_loss) <= 1e-12 * max(1.0, abs(binary_loss)),
          f"hinge_loss(s, 2y - 1) = {binary_loss!r} but multiclass_hinge_loss([-s/2, s/2], y) = {multi_loss!r}; "
          "with two classes the two losses are the same")


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_binary_on_the_kink(solution, tol):
    """y * s exactly 1 has loss 0 and gradient 0 (the stated subgradient); just inside, -y / n."""
    scores = np.array([1.0, -1.0, 0.5, -0.5, 2.0, 0.0])
    y = np.array([1, -1, 1, -1, -1, 1], dtype=np.int64)
    run_binary(solution, scores, y, tol, call="hinge_loss([1., -1., 0.5, -0.5, 2., 0.], [1, -1, 1, -1, -1, 1])")


@pytest.mark.edge
def test_binary_single_example(solution, tol):
    """One example: the mean is that example's loss, the gradient has one entry."""
    run_binary(solution, np.array([0.25]), np.array([-1], dtype=np.int64), tol, call="hinge_loss([0.25], [-1])")


@pytest.mark.edge
@pytest.mark.parametrize("labels", [[0, 1, 1, 0], [1, 1, 1, 1, 0], [-1, 0, 1], [2, -2, 2], [-1, 1, 3]],
                         ids=["zero-one", "one-zero", "three-values", "plus-minus-two", "stray-three"])
def test_binary_rejects_other_labels(solution, labels):
    """Labels other than -1 and +1 (0/1 labels above all) raise ValueError instead of a wrong loss."""
    y = np.array(labels, dtype=np.int64)
    scores = np.linspace(-1.0, 1.0, len(labels))
    call = f"hinge_loss(<{len(labels)} scores>, {labels})"
    expect_raises(ValueError, solution.hinge_loss, scores, y, call=call,
                  why="labels must be -1 or +1: with 0/1 labels every y = 0 example costs exactly 1 "
                      "whatever its score")


@pytest.mark.edge
def test_multiclass_on_the_kink(solution, tol):
    """True score exactly 1 above the best wrong score: loss 0 and a zero gradient row."""
    scores = np.array([[2.5, 1.5, 0.0], [0.0, 1.0, 2.0], [1.0, 1.0, 1.0], [-3.0, 4.0, 0.0]])
    y = np.array([0, 2, 1, 0], dtype=np.int64)
    run_multiclass(solution, scores, y, tol, call="multiclass_hinge_loss([[2.5, 1.5, 0.], [0., 1., 2.], "
                                                  "[1., 1., 1.], [-3., 4., 0.]], [0, 2, 1, 0])")


@pytest.mark.edge
def test_multiclass_tied_wrong_classes(solution, tol):
    """Several wrong classes share the highest wrong score: the gradient goes to the lowest index only."""
    scores = np.array([[0.2, 0.9, 0.9, 0.1], [0.7, 0.0, 0.7, 0.7], [0.0, 0.0, 0.0, 0.0]])
    y = np.array([0, 1, 3], dtype=np.int64)
    run_multiclass(solution, scores, y, tol, call="multiclass_hinge_loss([[0.2, 0.9, 0.9, 0.1], "
                                                  "[0.7, 0., 0.7, 0.7], [0., 0., 0., 0.]], [0, 1, 3])")


def _modifies_inputs(module, scores, y, scores2, y2):
    before = [a.copy() for a in (scores, y, scores2, y2)]
    module.hinge_loss(scores, y)
    module.multiclass_hinge_loss(scores2, y2)
    return [bool((a != b).any()) for a, b in zip((scores, y, scores2, y2), before)]


@pytest.mark.edge
def test_inputs_untouched(worker, np_rng):
    """Neither function modifies its scores or labels (e.g. masking the true class in place)."""
    changed = worker.probe(_modifies_inputs, np_rng.normal(size=6), signs(np_rng, 6),
                           np_rng.normal(size=(5, 3)), np_rng.integers(0, 3, size=5),
                           label="hinge_loss(scores, y); multiclass_hinge_loss(scores, y)")
    names = ["hinge_loss's scores", "hinge_loss's y", "multiclass_hinge_loss's scores", "multiclass_hinge_loss's y"]
    touched = [name for name, c in zip(names, changed) if c]
    check(not touched, f"modified in place: {', '.join(touched)}; work on a copy (scores.copy())")
