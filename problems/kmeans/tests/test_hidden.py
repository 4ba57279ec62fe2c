"""Hidden tests for kmeans: Lloyd's algorithm from given centroids against a float64 oracle run in
the test process, with exact labels and iteration counts; ties, empty clusters, stopping rules,
relabelling invariance and the monotone decrease of the inertia."""

import numpy as np
import pytest
from support import check_answer

from harness.authoring import check, check_close


def lloyd(X, init, max_iter=100, tol=0.0):
    """The oracle: batch assignment (ties to the lowest index), then means; an empty cluster keeps
    its centroid; stop once no centroid moved more than tol, or after max_iter rounds."""
    C = np.array(init, dtype=np.float64)
    k = len(C)
    for t in range(1, max_iter + 1):
        used = C
        d = np.stack([((X - C[j]) ** 2).sum(axis=1) for j in range(k)], axis=1)
        labels = d.argmin(axis=1)
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(C)
        np.add.at(sums, labels, X)
        C = np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], used)
        moved = np.linalg.norm(C - used, axis=1).max()
        if moved <= tol:
            break
    return {"centroids": C, "labels": labels.astype(np.int64), "n_iter": t, "used": used}


def blobs(np_rng, n, d, centres):
    means = np_rng.normal(0.0, 4.0, size=(centres, d))
    X = means[np_rng.integers(0, centres, size=n)] + np_rng.normal(0.0, 1.0, size=(n, d))
    return X


def pick_init(np_rng, X, k):
    return X[np_rng.choice(len(X), size=k, replace=False)].copy()


def describe(X, init, max_iter=None, tol=None) -> str:
    extra = "" if max_iter is None else f", max_iter={max_iter}"
    extra += "" if tol is None else f", tol={tol:g}"
    return f"kmeans(X of shape {X.shape}, init of shape {init.shape}{extra})"


def run(solution, X, init, tol_kw, max_iter=None, tol=None, call=None):
    kwargs = {}
    if max_iter is not None:
        kwargs["max_iter"] = max_iter
    if tol is not None:
        kwargs["tol"] = tol
    got = solution.kmeans(X.copy(), init.copy(), **kwargs)
    want = lloyd(X, init, **kwargs)
    check_answer(got, want, X, call or describe(X, init, max_iter, tol), tol_kw)
    return got


@pytest.mark.parametrize("batch", range(4))
def test_random_blobs(solution, np_rng, tol, batch):
    """Random clustered data in 1 to 5 dimensions, run to convergence (tol = 0)."""
    for _ in range(4):
        n, d, k = int(np_rng.integers(20, 160)), int(np_rng.integers(1, 6)), int(np_rng.integers(2, 7))
        X = blobs(np_rng, n, d, int(np_rng.integers(2, 6)))
        run(solution, X, pick_init(np_rng, X, k), tol)


def test_init_off_the_data(solution, np_rng, tol):
    """Initial centroids that are not data points (drawn around the data)."""
    X = blobs(np_rng, 120, 3, 4)
    init = np_rng.normal(0.0, 3.0, size=(5, 3))
    run(solution, X, init, tol)


@pytest.mark.parametrize("max_iter", [1, 2, 3])
def test_max_iter_cuts_the_run(solution, np_rng, tol, max_iter):
    """max_iter stops the run early: centroids after the last update, labels of the last assignment."""
    X = blobs(np_rng, 150, 2, 5)
    init = np_rng.normal(0.0, 0.5, size=(4, 2))  # a poor start, far from converged after 3 rounds
    run(solution, X, init, tol, max_iter=max_iter)


@pytest.mark.parametrize("stop", [1e-2, 0.3])
def test_tol_stops_early(solution, np_rng, tol, stop):
    """tol > 0: stop after the first round in which no centroid moved farther than tol."""
    X = blobs(np_rng, 200, 2, 4)
    init = np_rng.normal(0.0, 0.5, size=(4, 2))
    run(solution, X, init, tol, tol=stop)


def test_relabelling_the_init(solution, np_rng, tol):
    """Permuting the rows of init permutes the centroids and renames the labels the same way."""
    X = blobs(np_rng, 100, 3, 4)
    init = pick_init(np_rng, X, 4)
    perm = np_rng.permutation(4)
    first = run(solution, X, init, tol)
    second = run(solution, X, init[perm], tol, call=f"kmeans(X, init[{perm.tolist()}])")
    inverse = np.argsort(perm)
    check_close(second[0], first[0][perm], call=f"kmeans(X, init[{perm.tolist()}]) centroids vs "
                                                f"kmeans(X, init) centroids[{perm.tolist()}]", **tol)
    check(np.array_equal(second[1], inverse[first[1]]),
          "kmeans(X, init[perm]) labels are not kmeans(X, init) labels renamed by the permutation")


def _centroids_per_round(module, X, init, rounds):
    return [module.kmeans(X.copy(), init.copy(), max_iter=t)[0] for t in range(1, rounds + 1)]


def test_inertia_never_increases(worker, np_rng):
    """The sum of squared distances to the nearest centroid never goes up from one round to the next."""
    X = blobs(np_rng, 150, 2, 5)
    init = np_rng.normal(0.0, 0.5, size=(5, 2))
    path = worker.probe(_centroids_per_round, X, init, 8, label="kmeans(X, init, max_iter=t) for t = 1..8")

    def inertia(C):
        return float(((X[:, None, :] - np.asarray(C)[None]) ** 2).sum(axis=2).min(axis=1).sum())

    values = [inertia(init)] + [inertia(C) for C in path]
    for t in range(1, len(values)):
        check(values[t] <= values[t - 1] * (1 + 1e-12) + 1e-12,
              lambda t=t: f"the inertia went up from {values[t - 1]:.10g} after max_iter={t - 1} to "
                      f"{values[t]:.10g} after max_iter={t} (all: {[round(v, 6) for v in values]}); "
                      "a Lloyd round can only lower it")


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_tie_goes_to_lower_index(solution, tol):
    """A point exactly halfway between two centroids is assigned to the lower index."""
    X = np.array([[0.0], [2.0], [4.0]])
    init = np.array([[1.0], [3.0]])
    run(solution, X, init, tol, max_iter=1, call="kmeans(X=[[0.], [2.], [4.]], init=[[1.], [3.]], max_iter=1)")
    run(solution, X, init, tol, call="kmeans(X=[[0.], [2.], [4.]], init=[[1.], [3.]])")


@pytest.mark.edge
def test_ties_in_two_dimensions(solution, np_rng, tol):
    """Integer points on a grid, with many points equally far from two or four centroids."""
    X = np.array([[x, y] for x in range(-3, 4) for y in range(-3, 4)], dtype=np.float64)
    X = X[np_rng.permutation(len(X))]
    init = np.array([[-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0], [1.0, 1.0]])
    run(solution, X, init, tol, max_iter=1, call="kmeans(7x7 integer grid, init=[[-1,-1], [1,-1], [-1,1], [1,1]], "
                                                 "max_iter=1)")
    run(solution, X, init, tol, call="kmeans(7x7 integer grid, init=[[-1,-1], [1,-1], [-1,1], [1,1]])")


@pytest.mark.edge
def test_empty_cluster_keeps_its_centroid(solution, np_rng, tol):
    """A centroid far from every point wins none and stays exactly where it was (no nan)."""
    X = blobs(np_rng, 80, 2, 3)
    init = np.vstack([pick_init(np_rng, X, 3), [[1e3, -1e3]]])
    run(solution, X, init, tol, call="kmeans(X of shape (80, 2), init with a 4th centroid at [1000, -1000])")


@pytest.mark.edge
def test_duplicate_initial_centroids(solution, np_rng, tol):
    """Two identical initial centroids: the lower index wins every tie, the other stays empty."""
    X = blobs(np_rng, 60, 2, 2)
    init = np.vstack([X[:1], X[:1], X[1:2]])
    run(solution, X, init, tol, call="kmeans(X of shape (60, 2), init=[X[0], X[0], X[1]])")


@pytest.mark.edge
def test_one_cluster(solution, np_rng, tol):
    """k = 1: the centroid is the mean of all points after one round, and the second round moves nothing."""
    X = np_rng.normal(0.0, 2.0, size=(30, 3))
    run(solution, X, np.zeros((1, 3)), tol, call="kmeans(X of shape (30, 3), init=[[0, 0, 0]])")


@pytest.mark.edge
def test_single_point(solution, tol):
    """One point and two centroids: it goes to the nearer one; the other keeps its place."""
    X = np.array([[5.0, -1.0]])
    init = np.array([[0.0, 0.0], [4.0, 0.0]])
    run(solution, X, init, tol, call="kmeans(X=[[5., -1.]], init=[[0., 0.], [4., 0.]])")


@pytest.mark.edge
def test_as_many_centroids_as_points(solution, np_rng, tol):
    """k = n with init = the points themselves: converged at once, each point its own cluster."""
    X = np_rng.normal(size=(6, 2))
    run(solution, X, X.copy(), tol, call="kmeans(X of shape (6, 2), init=X)")


def _modifies_inputs(module, X, init):
    x0, c0 = X.copy(), init.copy()
    module.kmeans(X, init, max_iter=5)
    return [bool((X != x0).any()), bool((init != c0).any())]


@pytest.mark.edge
def test_inputs_untouched(worker, np_rng):
    """kmeans leaves X and init as they were (update a copy of init, not init itself)."""
    X = blobs(np_rng, 50, 2, 3)
    init = pick_init(np_rng, X, 3) + 0.5
    changed_x, changed_init = worker.probe(_modifies_inputs, X, init, label="kmeans(X, init, max_iter=5)")
    check(not changed_init, "kmeans(X, init) modified init in place; copy it first "
                            "(np.array(init, dtype=float) or init.copy())")
    check(not changed_x, "kmeans(X, init) modified X in place")
