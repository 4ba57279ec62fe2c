"""Hidden tests for precision_recall_f1 and macro_f1: generated labels against an oracle built
from exact fractions, with every zero-denominator case, empty input, labels that occur only in the
predictions or only in the truth, and non-contiguous label values."""

from fractions import Fraction

import pytest
from support import call, check_macro, check_prf, counts


def ratio(a, b):
    return Fraction(a, b) if b else Fraction(0)


def expected_prf(y_true, y_pred, positive=1):
    tp, fp, fn = counts(y_true, y_pred, positive)
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = ratio(2 * tp, 2 * tp + fp + fn)  # equal to 2pr / (p + r), and 0 when tp = 0
    return float(precision), float(recall), float(f1)


def expected_macro(y_true, y_pred):
    labels = set(y_true) | set(y_pred)
    per_class = {c: expected_prf(y_true, y_pred, c)[2] for c in labels}
    mean = float(sum(Fraction(f) for f in per_class.values()) / len(labels)) if labels else 0.0
    return mean, per_class


def run_prf(solution, y_true, y_pred):
    got, text = call(solution, "precision_recall_f1", y_true, y_pred)
    check_prf(got, expected_prf(y_true, y_pred), y_true, y_pred, text)


def run_macro(solution, y_true, y_pred):
    got, text = call(solution, "macro_f1", y_true, y_pred)
    want, per_class = expected_macro(y_true, y_pred)
    accuracy = sum(t == p for t, p in zip(y_true, y_pred)) / len(y_true) if y_true else 0.0
    check_macro(got, want, per_class, text, accuracy)


@pytest.mark.parametrize("batch", range(3))
def test_random_binary(solution, rng, batch):
    """Random 0/1 labels and predictions with varied class balance and accuracy."""
    for _ in range(40):
        n = rng.randint(2, 40)
        base, accuracy = rng.uniform(0.1, 0.9), rng.uniform(0.3, 0.95)
        y_true = [int(rng.random() < base) for _ in range(n)]
        y_pred = [t if rng.random() < accuracy else 1 - t for t in y_true]
        run_prf(solution, y_true, y_pred)


def test_long_binary(solution, rng):
    """50,000 labels with 10% positives."""
    y_true = [int(rng.random() < 0.1) for _ in range(50_000)]
    y_pred = [t if rng.random() < 0.8 else 1 - t for t in y_true]
    run_prf(solution, y_true, y_pred)


@pytest.mark.parametrize("batch", range(3))
def test_random_multiclass_macro(solution, rng, batch):
    """Random labels from 2 to 6 classes with imbalanced frequencies, macro-averaged."""
    for _ in range(30):
        classes = rng.randint(2, 6)
        weights = [rng.random() ** 2 + 0.02 for _ in range(classes)]
        n = rng.randint(3, 60)
        y_true = rng.choices(range(classes), weights, k=n)
        y_pred = [t if rng.random() < 0.6 else rng.randrange(classes) for t in y_true]
        run_macro(solution, y_true, y_pred)


def test_macro_with_a_rare_class_always_missed(solution, rng):
    """A rare class that is never predicted scores F1 = 0 and weighs as much as the common ones."""
    y_true = [0] * 40 + [1] * 40 + [2] * 3
    y_pred = [0] * 38 + [1] * 2 + [1] * 39 + [0] + [0, 1, 0]
    order = list(range(len(y_true)))
    rng.shuffle(order)
    run_macro(solution, [y_true[i] for i in order], [y_pred[i] for i in order])


def test_macro_on_binary_labels(solution, rng):
    """On 0/1 labels macro-F1 is the mean of the F1 of class 1 and the F1 of class 0."""
    y_true = [int(rng.random() < 0.3) for _ in range(50)]
    y_pred = [t if rng.random() < 0.7 else 1 - t for t in y_true]
    run_macro(solution, y_true, y_pred)


def test_macro_with_arbitrary_label_values(solution, rng):
    """Labels need not be 0..C-1: here they are 3, 7, 10 and 42."""
    y_true = rng.choices([3, 7, 10, 42], k=30)
    y_pred = [t if rng.random() < 0.5 else rng.choice([3, 7, 10, 42]) for t in y_true]
    run_macro(solution, y_true, y_pred)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("y_true,y_pred", [
    ([1, 0, 1, 0], [0, 0, 0, 0]),
    ([0, 0, 0], [1, 0, 1]),
    ([0, 0, 0], [0, 0, 0]),
    ([], []),
    ([1, 1, 0], [0, 0, 1]),
], ids=["no-predicted-positives", "no-actual-positives", "all-negative", "empty", "all-wrong"])
def test_zero_denominators(solution, y_true, y_pred):
    """A ratio whose denominator is zero is 0.0, never an error or nan."""
    run_prf(solution, y_true, y_pred)


@pytest.mark.edge
@pytest.mark.parametrize("y_true,y_pred", [
    ([1, 0, 1], [1, 0, 1]),
    ([1], [1]),
    ([1, 1, 1], [1, 1, 1]),
], ids=["perfect", "single", "all-positive"])
def test_perfect_predictions(solution, y_true, y_pred):
    """Every prediction right: precision, recall and F1 are all 1.0."""
    run_prf(solution, y_true, y_pred)


@pytest.mark.edge
@pytest.mark.parametrize("y_true,y_pred", [
    ([0, 0, 1, 1], [0, 2, 1, 1]),
    ([0, 1, 0, 1], [5, 5, 5, 5]),
], ids=["one-stray-prediction", "only-predicted-labels"])
def test_macro_label_only_in_predictions(solution, y_true, y_pred):
    """A label that occurs only in y_pred is a class too: its F1 is 0 and it counts in the mean."""
    run_macro(solution, y_true, y_pred)


@pytest.mark.edge
@pytest.mark.parametrize("y_true,y_pred", [
    ([0, 1, 2, 2], [0, 1, 1, 1]),
    ([], []),
    ([4, 4, 4], [4, 4, 4]),
], ids=["label-only-in-truth", "empty", "single-class"])
def test_macro_edges(solution, y_true, y_pred):
    """A label only in y_true scores 0; empty input gives 0.0; one class predicted perfectly gives 1.0."""
    run_macro(solution, y_true, y_pred)
