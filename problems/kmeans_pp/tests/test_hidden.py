"""Hidden tests for kmeans_pp: k-means++ replayed exactly from seeded generators (and changed by
another seed), on data with repeated rows, with the k rules; the silhouette against a plain-Python
loop on random, duplicated, singleton and oddly labelled clusters, with its cluster-count rules."""

import numpy as np
import pytest
from support import check_indices, check_score

from harness.authoring import call_text, check, expect_raises


def oracle_pp(X, k, seed, mode="d2"):
    """The reference run; mode "farthest" and "d" give two known mistakes, to name them."""
    rng = np.random.default_rng(seed)
    n = len(X)
    chosen = [int(rng.integers(n))]
    d2 = np.array([float(((X[i] - X[chosen[0]]) ** 2).sum()) for i in range(n)])
    while len(chosen) < k:
        cum = np.cumsum(np.sqrt(d2) if mode == "d" else d2)
        target = rng.random() * cum[-1]
        nxt = int(np.argmax(d2)) if mode == "farthest" else next(i for i in range(n) if cum[i] > target)
        chosen.append(nxt)
        d2 = np.minimum(d2, ((X - X[nxt]) ** 2).sum(axis=1))
    return chosen


def oracle_silhouette(X, labels):
    n = len(X)
    labels = labels.tolist()
    total = 0.0
    for i in range(n):
        by_cluster = {}
        for j in range(n):
            if j != i:
                by_cluster.setdefault(labels[j], []).append(float(np.sqrt(((X[i] - X[j]) ** 2).sum())))
        own = by_cluster.get(labels[i], [])
        if not own:
            continue  # a singleton cluster: s(i) = 0
        a = sum(own) / len(own)
        b = min(sum(d) / len(d) for c, d in by_cluster.items() if c != labels[i])
        if max(a, b) > 0:
            total += (b - a) / max(a, b)
    return total / n


def blobs(np_rng, n, d, centres, spread=1.0):
    means = np_rng.normal(0.0, 5.0, size=(centres, d))
    return means[np_rng.integers(0, centres, size=n)] + np_rng.normal(0.0, spread, size=(n, d))


def _runs(module, X, k, seeds):
    import numpy as np

    return [module.kmeans_pp_init(X, k, np.random.default_rng(s)) for s in seeds]


def replay(worker, X, k, seeds, what):
    got = worker.probe(_runs, X, k, seeds, label=f"kmeans_pp_init({what}, k={k}, np.random.default_rng(seed))")
    for seed, indices in zip(seeds, got, strict=True):
        call = f"kmeans_pp_init({what}, k={k}, np.random.default_rng({seed}))"
        want = oracle_pp(X, k, seed)
        for mode, mistake in (("farthest", "takes the farthest point each time instead of drawing with "
                                           "probability D2 / sum(D2)"),
                              ("d", "draws with probability proportional to D, not D^2")):
            if want != oracle_pp(X, k, seed, mode) and np.asarray(indices).tolist() == oracle_pp(X, k, seed, mode):
                check(False, f"{call} returned {np.asarray(indices).tolist()}; expected {want}: the answer "
                             f"matches a run that {mistake}")
        check_indices(indices, want, call)
    return got


@pytest.mark.parametrize("k", [2, 4, 7])
def test_replays_the_generator(worker, np_rng, k):
    """Random clustered data: the same seed gives the reference run's indices exactly, another seed another run."""
    X = blobs(np_rng, 60, 2, 5)
    base = int(np_rng.integers(0, 2**31 - 10))
    got = replay(worker, X, k, [base + i for i in range(6)], "X of shape (60, 2)")
    check(len({tuple(np.asarray(g).tolist()) for g in got}) > 1,
          "kmeans_pp_init gave the same centres for 6 different seeds: draw from the generator you are given")


def test_far_points_are_not_taken_deterministically(worker, np_rng):
    """One far outlier: it is likely but not certain to be chosen second (D^2 sampling, not farthest point)."""
    X = np.vstack([np_rng.normal(0.0, 1.0, size=(40, 2)), [[6.0, 6.0]]])
    replay(worker, X, 2, list(range(12)), "40 points around 0 and one at (6, 6)")


def test_one_dimension_and_k_one(worker, np_rng):
    """d = 1, and k = 1 (one draw: rng.integers(n))."""
    X = np_rng.normal(size=(25, 1))
    replay(worker, X, 1, [3, 4, 5], "X of shape (25, 1)")
    replay(worker, X, 5, [3, 4, 5], "X of shape (25, 1)")


# --- edge cases: repeated rows and the k rules -------------------------------------------------


@pytest.mark.edge
def test_repeated_rows(worker, np_rng):
    """Each distinct point repeated several times, k = the number of distinct points: a copy of a
    chosen centre (D2 = 0) is never chosen."""
    distinct = np_rng.normal(0.0, 3.0, size=(6, 2))
    X = distinct[np_rng.permutation(np.repeat(np.arange(6), 5))]
    for got in replay(worker, X, 6, [11, 12, 13, 14], "6 distinct points, each 5 times"):
        rows = {tuple(X[i]) for i in np.asarray(got).tolist()}
        check(len(rows) == 6, f"kmeans_pp_init chose rows {np.asarray(got).tolist()}, which repeat a point; "
                              "a row equal to a chosen centre has D2 = 0 and is never drawn")


def _bad_k(module, X, k):
    import numpy as np

    return module.kmeans_pp_init(X, k, np.random.default_rng(0))


@pytest.mark.edge
def test_k_beyond_distinct_rows_raises(worker):
    """k larger than the number of distinct rows (or k = 0): ValueError, not repeated centres."""
    X = np.array([[1.0, 1.0], [1.0, 1.0], [2.0, 0.0], [2.0, 0.0], [1.0, 1.0]])
    for k in (3, 5, 0):
        expect_raises(ValueError, worker.probe, _bad_k, X, k,
                      call=f"kmeans_pp_init(<5 rows, 2 distinct>, k={k}, rng)",
                      why="k must be between 1 and the number of distinct rows")
    replay(worker, X, 2, [0, 1, 2], "<5 rows, 2 distinct>")


# --- silhouette --------------------------------------------------------------------------------


def score(solution, X, labels, tol, call):
    check_score(solution.silhouette_score(X.copy(), labels.copy()), oracle_silhouette(X, labels), call, tol)


@pytest.mark.parametrize("clusters", [2, 5])
def test_silhouette_random(solution, np_rng, tol, clusters):
    """Clustered data with labels from the true blobs, and with random labels (negative scores)."""
    for _ in range(3):
        n = int(np_rng.integers(10, 50))
        X = blobs(np_rng, n, 3, clusters)
        labels = np_rng.integers(0, clusters, size=n).astype(np.int64)
        labels[:clusters] = np.arange(clusters)
        score(solution, X, labels, tol, f"silhouette_score(X of shape {X.shape}, {clusters} random clusters)")
        near = ((X[:, None, :] - X[None, :clusters, :]) ** 2).sum(axis=2).argmin(axis=1).astype(np.int64)
        if len(set(near.tolist())) >= 2:
            score(solution, X, near, tol, f"silhouette_score(X of shape {X.shape}, nearest-seed clusters)")


@pytest.mark.edge
def test_silhouette_labels_and_singletons(solution, np_rng, tol):
    """Labels that are not 0..K-1, and clusters of a single point (s = 0 for them)."""
    X = np_rng.normal(size=(9, 2))
    labels = np.array([7, -3, 7, 100, -3, 7, 42, -3, 7], dtype=np.int64)
    score(solution, X, labels, tol, call_text("silhouette_score", "X", labels.tolist()))


@pytest.mark.edge
def test_silhouette_duplicated_points(solution, tol):
    """Clusters of identical points (a = 0), and two clusters at the same place (a = b = 0: s = 0)."""
    X = np.array([[0.0, 0.0], [0.0, 0.0], [3.0, 4.0], [3.0, 4.0], [3.0, 4.0]])
    score(solution, X, np.array([0, 0, 1, 1, 1]), tol, "silhouette_score(2 x (0, 0), 3 x (3, 4); by place)")
    score(solution, X, np.array([0, 1, 0, 1, 1]), tol, "silhouette_score(2 x (0, 0), 3 x (3, 4); mixed labels)")
    same = np.zeros((4, 2))
    score(solution, same, np.array([0, 0, 1, 1]), tol, "silhouette_score(4 identical points, [0, 0, 1, 1])")


@pytest.mark.edge
@pytest.mark.parametrize("labels", [[4, 4, 4, 4], [0, 1, 2, 3]], ids=["one-cluster", "n-clusters"])
def test_silhouette_cluster_count_raises(solution, labels):
    """One cluster, or every point its own cluster: ValueError."""
    X = np.arange(8.0).reshape(4, 2)
    expect_raises(ValueError, solution.silhouette_score, X, np.array(labels),
                  call=call_text("silhouette_score", X.tolist(), labels), why="2 <= number of clusters <= n - 1")


def _modified(module, X, labels):
    import numpy as np

    X0, l0 = X.copy(), labels.copy()
    module.kmeans_pp_init(X, 3, np.random.default_rng(1))
    module.silhouette_score(X, labels)
    return [not np.array_equal(X, X0), not np.array_equal(labels, l0)]


@pytest.mark.edge
def test_inputs_untouched(worker, np_rng):
    """Both functions leave X and labels as they were."""
    X = blobs(np_rng, 20, 2, 3)
    changed = worker.probe(_modified, X, np.arange(20) % 3, label="kmeans_pp_init / silhouette_score")
    check(not any(changed), "kmeans_pp_init or silhouette_score modified its input in place")
