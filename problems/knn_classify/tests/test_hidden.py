"""Hidden tests for knn_predict: a brute-force oracle on random data, integer grids full of
distance and vote ties, duplicates, k > N, empty queries, and a large input under the time limit."""

import numpy as np
import pytest
from support import check_labels

from harness.authoring import check_cpu_within, check_kind, fact


def oracle(X_train, y_train, X_query, k):
    """Brute force in plain Python: sort by (squared distance, index), then count votes in order.
    Returns the labels and a function that explains the answer for one query."""
    n = len(X_train)
    k = min(k, n)
    labels = y_train.tolist()
    answers, orders = [], []
    for q in X_query:
        dist = ((X_train - q) ** 2).sum(axis=1).tolist()
        order = sorted(range(n), key=lambda j: (dist[j], j))[:k]
        votes: dict[int, int] = {}
        for j in order:
            votes[labels[j]] = votes.get(labels[j], 0) + 1
        top = max(votes.values())
        answers.append(next(labels[j] for j in order if votes[labels[j]] == top))
        orders.append((order, dist, votes))

    def explain(i: int) -> str:
        order, dist, votes = orders[i]
        shown = ", ".join(f"#{j} (d^2={dist[j]:.6g}, label {labels[j]})" for j in order[:10])
        more = f", ... ({len(order)} in all)" if len(order) > 10 else ""
        cut = [j for j in range(n) if j not in order and dist[j] == dist[order[-1]]]
        if cut:
            more += (f"; #{cut[0]} is at the same distance as the last neighbour but has a higher index, "
                     "so it is left out")
        tied = [label for label, count in votes.items() if count == max(votes.values())]
        rule = (f"labels {sorted(tied)} tie with {max(votes.values())} votes each: the one met first in "
                "neighbour order wins" if len(tied) > 1 else f"label {tied[0]} has the most votes")
        return (f"query {i} = {np.array2string(X_query[i], precision=4)}, k = {k}: neighbours in order "
                f"{shown}{more}; {rule}.")

    return np.array(answers, dtype=np.int64), explain


def run(solution, X_train, y_train, X_query, k, what):
    want, explain = oracle(X_train, y_train, X_query, k)
    got = solution.knn_predict(X_train, y_train, X_query, k)
    check_labels(got, want, call=f"knn_predict({what}, k={k})", explain=explain)


def shape_text(X_train, X_query):
    return f"<{len(X_train)} training points, {len(X_query)} queries, {X_train.shape[1]} features>"


RANDOM = [(50, 2, 20, 1, 2), (200, 3, 40, 5, 3), (300, 8, 50, 7, 4), (120, 5, 30, 4, 3), (400, 2, 60, 10, 5)]


@pytest.mark.parametrize("n,d,m,k,classes", RANDOM, ids=[f"N{n}-D{d}-k{k}" for n, d, _, k, _ in RANDOM])
def test_random_points(solution, np_rng, n, d, m, k, classes):
    """Random continuous points: the labels match a brute-force majority vote (even k gives vote ties)."""
    X_train = np_rng.normal(size=(n, d))
    y_train = np_rng.integers(0, classes, size=n).astype(np.int64)
    X_query = np_rng.normal(size=(m, d))
    run(solution, X_train, y_train, X_query, k, shape_text(X_train, X_query))


def test_arbitrary_label_values(solution, np_rng):
    """Labels need not be 0..C-1: negative and sparse values such as -20, 3, 7, 100."""
    X_train = np_rng.normal(size=(150, 3))
    y_train = np_rng.choice(np.array([-20, 3, 7, 100], dtype=np.int64), size=150)
    X_query = np_rng.normal(size=(40, 3))
    run(solution, X_train, y_train, X_query, 6, shape_text(X_train, X_query) + " labels in {-20, 3, 7, 100}")
    y_pm = np_rng.choice(np.array([-1, 1], dtype=np.int64), size=150)
    run(solution, X_train, y_pm, X_query, 4, shape_text(X_train, X_query) + " labels in {-1, 1}")


@pytest.mark.edge
@pytest.mark.parametrize("k", [1, 2, 3, 4, 6, 9])
def test_integer_grid_ties(solution, np_rng, k):
    """Points on a small integer grid: many equal distances (lower index first) and vote ties
    (the tied label met first in neighbour order wins)."""
    X_train = np_rng.integers(0, 4, size=(120, 2)).astype(np.float64)
    y_train = np_rng.integers(0, 3, size=120).astype(np.int64)
    X_query = np_rng.integers(-1, 5, size=(60, 2)).astype(np.float64)
    run(solution, X_train, y_train, X_query, k, shape_text(X_train, X_query) + " on an integer grid")


@pytest.mark.edge
def test_duplicate_training_points(solution, np_rng):
    """The same point several times with different labels: the lower index is nearer in order."""
    base = np_rng.integers(-3, 4, size=(6, 3)).astype(np.float64)
    X_train = np.concatenate([base, base, base[::-1]])
    y_train = np.arange(len(X_train), dtype=np.int64) % 4 + 10
    X_query = np.concatenate([base, np_rng.integers(-3, 4, size=(6, 3)).astype(np.float64)])
    for k in (1, 2, 3):
        run(solution, X_train, y_train, X_query, k, "<18 training points: 6 points three times each>")


@pytest.mark.edge
def test_k_larger_than_n(solution, np_rng):
    """k > N uses every training point (k is clamped), including N = 1."""
    X_train = np_rng.integers(0, 3, size=(5, 2)).astype(np.float64)
    y_train = np.array([4, 1, 4, 1, 9], dtype=np.int64)
    X_query = np_rng.integers(-1, 4, size=(8, 2)).astype(np.float64)
    run(solution, X_train, y_train, X_query, 7, "<5 training points, labels [4, 1, 4, 1, 9]>")
    run(solution, X_train[:1], y_train[:1], X_query, 3, "<1 training point>")


@pytest.mark.edge
def test_query_on_a_training_point_and_k1(solution, np_rng):
    """A query that coincides with a training point (distance 0) gets that point's label with k = 1."""
    X_train = np_rng.normal(size=(30, 4))
    y_train = np_rng.integers(0, 5, size=30).astype(np.int64)
    X_query = X_train[[3, 17, 29, 0]].copy()
    run(solution, X_train, y_train, X_query, 1, "<queries equal to training points 3, 17, 29, 0>")


@pytest.mark.edge
def test_empty_query_and_one_feature(solution, np_rng):
    """Zero queries give an empty int64 array; a single feature (D = 1) works like any other."""
    X_train = np_rng.integers(0, 10, size=(25, 1)).astype(np.float64)
    y_train = np_rng.integers(0, 2, size=25).astype(np.int64)
    run(solution, X_train, y_train, np.zeros((0, 1)), 3, "<25 training points, 0 queries>")
    X_query = np_rng.integers(-2, 12, size=(15, 1)).astype(np.float64)
    run(solution, X_train, y_train, X_query, 4, "<25 training points, 15 queries, 1 feature>")


def _inputs_modified(module, X_train, y_train, X_query, k):
    import numpy as np

    copies = [X_train.copy(), y_train.copy(), X_query.copy()]
    module.knn_predict(X_train, y_train, X_query, k)
    return [not np.array_equal(a, b) for a, b in zip((X_train, y_train, X_query), copies)]


@pytest.mark.edge
def test_inputs_are_not_modified(worker, np_rng):
    """knn_predict leaves X_train, y_train and X_query as they were."""
    X_train = np_rng.normal(size=(40, 3))
    y_train = np_rng.integers(0, 3, size=40).astype(np.int64)
    X_query = np_rng.normal(size=(10, 3))
    changed = worker.probe(_inputs_modified, X_train, y_train, X_query, 5, label="knn_predict(...)")
    names = [name for name, flag in zip(("X_train", "y_train", "X_query"), changed) if flag]
    assert not names, f"knn_predict modified {', '.join(names)} in place; work on new arrays"


# The speed test compares CPU times on the machine that grades: the submission's call (the
# worker's CPU clock, read from this process) against plain Python loops over queries, points
# and features run here on a sample of the queries. Measured on a 2-core machine: the loops
# 4.1 s for the whole input, the reference 0.38 s, a broadcast (Q, N, D) difference 0.45 s, a
# loop over queries with a vectorised distance 0.38 s. A wall-clock limit alone cannot separate
# a broadcast solution from the loops on every machine; this ratio can.
SPEED_QUERIES, SPEED_POINTS = fact("speed_queries"), fact("speed_points")
SPEED_FEATURES = fact("speed_features")
SPEED_K = fact("speed_k")
BASELINE_SAMPLE = 25  # queries the plain-Python baseline runs on (then scaled up)
REQUIRED_SPEEDUP = 3.0


def python_loop_seconds(X_train, X_query):
    """CPU seconds that three nested Python loops (queries, points, features) plus a sort per
    query would take on the whole input, from a sample of the queries."""
    import time

    train = X_train.tolist()
    queries = X_query[:BASELINE_SAMPLE].tolist()
    start = time.thread_time()
    for q in queries:
        dist = []
        for j, x in enumerate(train):
            s = 0.0
            for a, b in zip(q, x):
                s += (a - b) ** 2
            dist.append((s, j))
        dist.sort()
    return (time.thread_time() - start) * len(X_query) / len(queries)


@pytest.mark.complexity
def test_vectorised_on_a_large_input(worker, solution, np_rng):
    """1,000 queries x 4,000 training points x 8 features in at most a third of the CPU time of
    plain Python loops on this machine (vectorise)."""
    # Two labels and an odd k: no vote ties, and continuous data: no distance ties, so a tie rule
    # cannot decide this test; only speed and plain nearest-neighbour voting do.
    X_train = np_rng.normal(size=(SPEED_POINTS, SPEED_FEATURES))
    y_train = np_rng.integers(0, 2, size=SPEED_POINTS).astype(np.int64)
    X_query = np_rng.normal(size=(SPEED_QUERIES, SPEED_FEATURES))
    call = (f"knn_predict(<{SPEED_POINTS:,} training points, {SPEED_QUERIES:,} queries, {SPEED_FEATURES} features>, "
            f"k={SPEED_K})")
    before = worker.worker_cpu_seconds()
    got = solution.knn_predict(X_train, y_train, X_query, SPEED_K)
    after = worker.worker_cpu_seconds()
    sample = np.sort(np_rng.choice(SPEED_QUERIES, size=25, replace=False))
    want, explain = oracle(X_train, y_train, X_query[sample], SPEED_K)
    check_kind(got, np.zeros(SPEED_QUERIES, dtype=np.int64), call=call)
    check_labels(got[sample], want, call=f"{call}, on 25 sampled queries", explain=explain)
    if before is not None and after is not None:
        spent, loops = after - before, python_loop_seconds(X_train, X_query)
        check_cpu_within(spent, loops / REQUIRED_SPEEDUP, (
            f"{call} used {spent:.2f} s of CPU; plain Python loops over queries, points and features "
            f"take about {loops:.2f} s on this machine, and the limit is a third of that "
            f"({loops / REQUIRED_SPEEDUP:.2f} s). Vectorise: one (M, N) matrix of squared distances "
            "(||q||^2 - 2 q.x + ||x||^2 is one matrix product), then a stable argsort per row"))
