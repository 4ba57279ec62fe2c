"""Hidden tests for fit_tree and predict_tree: trees compared node by node with a brute-force CART
(every midpoint of every feature, both sides recounted), integer data full of ties, constant
features, stopping rules, predicting with a given tree, and a CPU-time check of the split search
against a plain Python sort-and-sweep timed on this machine."""

import numpy as np
import pytest
from support import check_labels, check_tree

from harness.authoring import check, check_cpu_within, fact

TIE = 1e-12


def gini(labels: np.ndarray) -> float:
    _, counts = np.unique(labels, return_counts=True)
    p = counts / len(labels)
    return float(1.0 - (p * p).sum())


def oracle_fit(X, y, max_depth=None, min_samples_split=2, depth=0):
    """CART by brute force: every midpoint of every feature, each side's labels counted afresh."""
    labels, counts = np.unique(y, return_counts=True)
    leaf = {"label": int(labels[np.argmax(counts)])}
    if (max_depth is not None and depth >= max_depth) or len(y) < min_samples_split or len(labels) == 1:
        return leaf
    best = None
    for j in range(X.shape[1]):
        values = sorted(set(X[:, j].tolist()))
        for a, b in zip(values, values[1:], strict=False):
            t = (a + b) / 2
            left = X[:, j] <= t
            score = (left.sum() * gini(y[left]) + (~left).sum() * gini(y[~left])) / len(y)
            if best is None or score < best[0] - TIE:
                best = (score, j, t)
    if best is None:
        return leaf
    _, j, t = best
    left = X[:, j] <= t
    return {"feature": j, "threshold": t,
            "left": oracle_fit(X[left], y[left], max_depth, min_samples_split, depth + 1),
            "right": oracle_fit(X[~left], y[~left], max_depth, min_samples_split, depth + 1)}


def oracle_predict(tree, X):
    out = []
    for x in X:
        node = tree
        while "label" not in node:
            node = node["left"] if x[node["feature"]] <= node["threshold"] else node["right"]
        out.append(node["label"])
    return np.array(out, dtype=np.int64)


def kwargs_text(kwargs):
    return "".join(f", {k}={v}" for k, v in kwargs.items())


# (n, d, classes, integer data, fit keyword arguments)
CASES = {
    "continuous-3-classes-depth-3": (60, 3, 3, False, {"max_depth": 3}),
    "integer-grid-ties": (80, 3, 2, True, {"max_depth": 4}),
    "integer-grid-min-samples-split-10": (100, 2, 3, True, {"min_samples_split": 10}),
    "continuous-defaults-grown-to-purity": (50, 2, 2, False, {}),
    "one-feature-4-classes": (70, 1, 4, True, {"max_depth": 5, "min_samples_split": 3}),
}


@pytest.mark.parametrize("case", CASES)
def test_tree_matches_brute_force_cart(solution, np_rng, case):
    """Random data: the whole tree (splits, thresholds at midpoints, size-weighted Gini, tie rules,
    leaves) equals a brute-force CART; the defaults are max_depth=None, min_samples_split=2."""
    n, d, classes, integer, kwargs = CASES[case]
    X = np_rng.integers(0, 5, size=(n, d)).astype(np.float64) if integer else np_rng.normal(size=(n, d))
    y = np_rng.choice(np.array([-4, 0, 3, 11], dtype=np.int64)[:classes], size=n)
    want = oracle_fit(X, y, **kwargs)
    call = f"fit_tree(<{n} samples, {d} features, {classes} classes{', integer values' if integer else ''}>" \
           f"{kwargs_text(kwargs)})"
    check_tree(solution.fit_tree(X, y, **kwargs), want, call=call)


def test_predict_with_a_given_tree(solution, np_rng):
    """predict_tree follows x[feature] <= threshold to the left, on a tree built by the grader,
    including rows exactly on a threshold and zero rows."""
    tree = {"feature": 1, "threshold": 0.5,
            "left": {"feature": 0, "threshold": -1.25, "left": {"label": 7}, "right": {"label": -2}},
            "right": {"feature": 1, "threshold": 2.0, "left": {"label": 0},
                      "right": {"feature": 0, "threshold": 3.5, "left": {"label": 5}, "right": {"label": 7}}}}
    X = np.concatenate([np_rng.normal(0.5, 2.0, size=(40, 2)),
                        np.array([[-1.25, 0.5], [3.5, 2.0], [3.5, 2.5], [9.0, 0.5]])])
    check_labels(solution.predict_tree(tree, X), oracle_predict(tree, X),
                 call="predict_tree(<a depth-3 tree>, <44 rows, 4 of them on thresholds>)")
    check_labels(solution.predict_tree(tree, np.zeros((0, 2))), np.zeros(0, dtype=np.int64),
                 call="predict_tree(<a depth-3 tree>, <0 rows>)")


def test_fit_then_predict_on_training_data(solution, np_rng):
    """A tree grown to purity on distinct points predicts every training label back."""
    X = np_rng.normal(size=(40, 3))
    y = np_rng.integers(0, 3, size=40).astype(np.int64)
    tree = solution.fit_tree(X, y)
    check_labels(solution.predict_tree(tree, X), y, call="predict_tree(fit_tree(X, y), X) on 40 distinct points")


@pytest.mark.edge
def test_constant_features_offer_no_split(solution):
    """A constant feature has no midpoint: it is never split on, even when it has the lowest index
    and every other split scores the same (XOR); identical points with mixed labels make a leaf."""
    X = np.array([[2.0, 0.0, 0.0], [2.0, 0.0, 1.0], [2.0, 1.0, 0.0], [2.0, 1.0, 1.0]] * 2)
    y = np.array([0, 1, 1, 0] * 2, dtype=np.int64)
    check_tree(solution.fit_tree(X, y), oracle_fit(X, y),
               call="fit_tree(<XOR of features 1 and 2, feature 0 constant at 2.0>)")
    same = np.ones((5, 2))
    check_tree(solution.fit_tree(same, np.array([4, 9, 9, 4, 1], dtype=np.int64)), {"label": 4},
               call="fit_tree(<5 identical points>, [4, 9, 9, 4, 1])")


@pytest.mark.edge
def test_stopping_rules(solution, np_rng):
    """max_depth=0 and fewer samples than min_samples_split give one leaf (ties to the smallest
    label); a pure node is a leaf; max_depth=1 gives a stump; one sample is a leaf."""
    X = np_rng.normal(size=(12, 2))
    y = np.array([5, 1] * 6, dtype=np.int64)
    check_tree(solution.fit_tree(X, y, max_depth=0), {"label": 1}, call="fit_tree(<6 of label 5, 6 of 1>, max_depth=0)")
    check_tree(solution.fit_tree(X, y, min_samples_split=13), {"label": 1},
               call="fit_tree(<12 samples, 6 of label 5, 6 of 1>, min_samples_split=13)")
    check_tree(solution.fit_tree(X, y, max_depth=1), oracle_fit(X, y, max_depth=1), call="fit_tree(<12 samples>, max_depth=1)")
    check_tree(solution.fit_tree(X, np.full(12, 3, dtype=np.int64)), {"label": 3}, call="fit_tree(<12 samples, all label 3>)")
    check_tree(solution.fit_tree(X[:1], y[:1]), {"label": 5}, call="fit_tree(<1 sample>)")


def _inputs_modified(module, X, y):
    import numpy as np

    copies = X.copy(), y.copy()
    module.fit_tree(X, y, max_depth=3)
    return [not np.array_equal(a, b) for a, b in zip((X, y), copies, strict=False)]


@pytest.mark.edge
def test_inputs_are_not_modified(worker, np_rng):
    """fit_tree leaves X and y as they were (no in-place sorting)."""
    X = np_rng.normal(size=(30, 3))
    y = np_rng.integers(0, 2, size=30).astype(np.int64)
    changed = worker.probe(_inputs_modified, X, y, label="fit_tree(X, y, max_depth=3)")
    names = [name for name, flag in zip(("X", "y"), changed, strict=False) if flag]
    check(not names, lambda: f"fit_tree modified {' and '.join(names)} in place; sort copies or index arrays")


# The speed check compares CPU times on the grading machine: the submission's fit (the worker's
# CPU clock, read from this process) against a plain Python sort-and-sweep over the same data run
# here. Only feature 2 separates the labels (with a gap), so the tree is one split and two pure
# leaves, and the whole fit is one node's split search over every feature.
# Measured on the 2-core machine under load (CPU s): this sweep 0.039, the vectorised reference
# 0.005, a Counter-based Python sweep (alt_python_sweep) 0.062, recounting per threshold
# (wrong_quadratic_split_search) 1.32. The allowance of 5 (0.195 s) leaves room for slow Python
# loops and is still 6.8 times below the O(n^2) search.
SPEED_N, SPEED_D, ALLOWANCE = fact("speed_n"), fact("speed_d"), fact("speed_allowance")


def python_sweep_seconds(X, y) -> float:
    """CPU seconds of a plain Python split search on one node: per feature one sort, then running
    class counts and the size-weighted Gini at each boundary (best of two runs)."""
    import time

    n = len(y)
    columns = X.T.tolist()
    index = {c: k for k, c in enumerate(sorted(set(y.tolist())))}
    codes = [index[c] for c in y.tolist()]
    runs = []
    for _ in range(2):
        start = time.thread_time()
        for col in columns:
            order = sorted(range(n), key=col.__getitem__)
            total = [0] * len(index)
            for i in order:
                total[codes[i]] += 1
            left = [0] * len(index)
            best = float("inf")
            for pos in range(n - 1):
                i = order[pos]
                left[codes[i]] += 1
                if col[order[pos + 1]] == col[i]:
                    continue
                n_left, n_right = pos + 1, n - pos - 1
                s_left = sum(c * c for c in left)
                s_right = sum((t - c) ** 2 for t, c in zip(total, left, strict=False))
                best = min(best, (n_left - s_left / n_left + n_right - s_right / n_right) / n)
        runs.append(time.thread_time() - start)
    return min(runs)


@pytest.mark.complexity
def test_split_search_sorts_once_per_feature(worker, solution, np_rng):
    """A large node: the fit uses at most the stated multiple of the CPU of a plain Python
    sort-and-sweep on this machine (an O(n^2) split search is far slower)."""
    X = np_rng.normal(size=(SPEED_N, SPEED_D))
    side = np_rng.integers(0, 2, size=SPEED_N)
    X[:, -1] = np.where(side == 1, 0.5 + np.abs(X[:, -1]), -0.5 - np.abs(X[:, -1]))
    y = np.where(side == 1, 7, 3).astype(np.int64)
    threshold = (X[side == 0, -1].max() + X[side == 1, -1].min()) / 2
    want = {"feature": SPEED_D - 1, "threshold": float(threshold), "left": {"label": 3}, "right": {"label": 7}}
    call = f"fit_tree(<{SPEED_N:,} samples, {SPEED_D} features, only the last one separates the labels>)"
    solution.fit_tree(X[:50], y[:50])  # warm-up: lazy imports and first calls are not timed
    before = worker.worker_cpu_seconds()
    got = solution.fit_tree(X, y)
    after = worker.worker_cpu_seconds()
    check_tree(got, want, call=call)
    if before is not None and after is not None:
        spent, sweep = after - before, python_sweep_seconds(X, y)
        check_cpu_within(spent, ALLOWANCE * sweep, lambda: (
            f"{call} used {spent:.3f} s of CPU; a plain Python sort-and-sweep over the same node takes "
            f"{sweep:.3f} s on this machine, and the limit is {ALLOWANCE} times that ({ALLOWANCE * sweep:.3f} s). "
            "Sort each feature once per node and sweep the thresholds with running class counts; "
            "recounting both sides for every threshold is O(n^2)"))
