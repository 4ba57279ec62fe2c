"""Hidden tests for cross_validation_splits: each splitter's property (partition, per-class
balance, no shared group, nothing from the future or the gap in training) checked with a message
of its own, then the exact folds of a reference run (stratified: replayed from seeded generators,
another seed changes them); the scaler against statistics of the training rows, with a leakage
test where the test rows are far away; the errors."""

import numpy as np
import pytest
from support import as_lists, check_same

from harness.authoring import check, check_close, check_kind, expect_raises

# --- oracles -----------------------------------------------------------------------------------


def pairs_from_folds(fold, n_folds):
    n = len(fold)
    return [([i for i in range(n) if fold[i] != f], [i for i in range(n) if fold[i] == f]) for f in range(n_folds)]


def oracle_stratified(y, n_folds, seed):
    rng = np.random.default_rng(seed)
    fold, dealt = [0] * len(y), 0
    for c in sorted(set(y.tolist())):
        members = rng.permutation(np.array([i for i in range(len(y)) if y[i] == c], dtype=np.int64))
        for j, row in enumerate(members.tolist()):
            fold[row] = (dealt + j) % n_folds
        dealt += len(members)
    return pairs_from_folds(fold, n_folds)


def oracle_group(groups, n_folds):
    values = groups.tolist()
    sizes = {g: values.count(g) for g in set(values)}
    load, where = [0] * n_folds, {}
    for g in sorted(sizes, key=lambda g: (-sizes[g], g)):
        f = min(range(n_folds), key=lambda f: (load[f], f))
        where[g] = f
        load[f] += sizes[g]
    return pairs_from_folds([where[g] for g in values], n_folds)


def oracle_time(n, n_splits, gap):
    size = n // (n_splits + 1)
    out = []
    for i in range(n_splits):
        start = n - (n_splits - i) * size
        out.append((list(range(start - gap)), list(range(start, start + size))))
    return out


def check_partition(got, n, call):
    tests = [t for _, t in got]
    seen = sorted(i for t in tests for i in t)
    check(seen == list(range(n)), f"{call}: the test parts do not partition the rows 0..{n - 1} (each row must be "
                                  "tested in exactly one fold)")
    for f, (train, test) in enumerate(got):
        check(sorted(train + test) == list(range(n)), f"{call}[{f}]: train_idx must be every row not in test_idx")


# --- stratified --------------------------------------------------------------------------------


def _stratified_runs(module, y, n_folds, seeds):
    import numpy as np

    return [module.stratified_kfold(y, n_folds, np.random.default_rng(s)) for s in seeds]


LABELS = {
    "rare-classes": [0] * 30 + [1] * 3 + [2] * 2 + [3] * 1 + [4] * 9,
    "balanced": [0, 1, 2] * 12,
    "two-classes-unsorted": [1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0],
}


@pytest.mark.parametrize("name", list(LABELS))
def test_stratified(worker, np_rng, name):
    """Each class spread over the folds (counts differ by at most one, rare classes too); the exact
    folds of the stated dealing, replayed; another seed deals differently."""
    y = np.array(LABELS[name], dtype=np.int64)[np_rng.permutation(len(LABELS[name]))]
    n_folds = 5
    base = int(np_rng.integers(0, 2**31 - 10))
    seeds = [base, base + 1]
    runs = worker.probe(_stratified_runs, y, n_folds, seeds, label=f"stratified_kfold(y, {n_folds}, rng)")
    results = []
    for seed, got in zip(seeds, runs, strict=True):
        call = f"stratified_kfold(<{name} labels, n={len(y)}>, {n_folds}, np.random.default_rng({seed}))"
        lists = as_lists(got, call, n_folds)
        check_partition(lists, len(y), call)
        for c in sorted(set(y.tolist())):
            per_fold = [sum(1 for i in test if y[i] == c) for _, test in lists]
            check(max(per_fold) - min(per_fold) <= 1,
                  f"{call}: class {c} ({int((y == c).sum())} rows) has {per_fold} rows in the folds; a stratified "
                  "split spreads every class evenly (counts differ by at most one), rare classes too")
        check_same(lists, oracle_stratified(y, n_folds, seed), call)
        results.append(lists)
    check(results[0] != results[1], "stratified_kfold gave the same folds for two seeds: draw from the given rng")


# --- grouped -----------------------------------------------------------------------------------


@pytest.mark.parametrize("n_folds", [2, 4])
def test_group(solution, np_rng, n_folds):
    """Random group sizes (with equal sizes): no group on both sides; the exact greedy assignment."""
    for _ in range(3):
        sizes = np_rng.integers(1, 6, size=int(np_rng.integers(n_folds, 12)))
        names = np_rng.choice(1000, size=len(sizes), replace=False)
        groups = np.repeat(names, sizes)[np_rng.permutation(int(sizes.sum()))].astype(np.int64)
        call = f"group_kfold(<{len(groups)} rows in {len(sizes)} groups of sizes {sorted(sizes.tolist())}>, {n_folds})"
        lists = as_lists(solution.group_kfold(groups.copy(), n_folds), call, n_folds)
        check_partition(lists, len(groups), call)
        for f, (train, test) in enumerate(lists):
            shared = set(groups[train].tolist()) & set(groups[test].tolist())
            check(not shared, f"{call}[{f}]: groups {sorted(shared)} have rows in both train_idx and test_idx")
        check_same(lists, oracle_group(groups, n_folds), call)


# --- time series -------------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "n_splits", "gap"), [(20, 4, 0), (23, 3, 2), (50, 5, 7), (9, 2, 0)])
def test_time_series(solution, n, n_splits, gap):
    """Training rows only before the test block, minus the gap; the stated block sizes."""
    call = f"time_series_split({n}, {n_splits}, gap={gap})"
    lists = as_lists(solution.time_series_split(n, n_splits, gap), call, n_splits)
    for i, (train, test) in enumerate(lists):
        if train and test:
            check(max(train) < min(test) - gap,
                  f"{call}[{i}]: train_idx holds row {max(train)} and the test block starts at {min(test)}; training "
                  f"rows must come before the test block and leave out the {gap} row(s) just before it")
    check_same(lists, oracle_time(n, n_splits, gap), call)


def test_time_series_default_gap(solution):
    """gap left out: 0."""
    call = "time_series_split(12, 2)"
    check_same(as_lists(solution.time_series_split(12, 2), call, 2), oracle_time(12, 2, 0), call)


# --- scaler ------------------------------------------------------------------------------------


def scaled(X, train_idx, test_idx):
    mean = X[train_idx].mean(axis=0)
    std = X[train_idx].std(axis=0)
    std[std == 0] = 1.0
    return (X[train_idx] - mean) / std, (X[test_idx] - mean) / std


def check_scaled(got, X, train_idx, test_idx, call, tol):
    check(type(got) is tuple and len(got) == 2, lambda: f"{call} returned {type(got).__name__}; expected a tuple "
                                                        "(train_scaled, test_scaled)")
    want = scaled(X, train_idx, test_idx)
    for name, value, expected in zip(("train", "test"), got, want, strict=True):
        check_kind(value, expected, call=f"{call} {name}")
        if not np.allclose(value, expected, rtol=tol["rtol"], atol=tol["atol"]):
            everything = np.arange(len(X))
            leaked = scaled(X, everything, everything)
            pick = train_idx if name == "train" else test_idx
            check(not np.allclose(value, leaked[0][pick], rtol=1e-9, atol=1e-12),
                  f"{call} {name}: the values match a scaler fitted on ALL rows; the mean and std must come from "
                  "X[train_idx] only, or the test rows leak into the features")
        check_close(value, expected, call=f"{call} {name}", **tol)


def test_scaler_random_folds(solution, np_rng, tol):
    """Random data and unordered index arrays: statistics of the training rows only."""
    X = np_rng.normal(3.0, 2.0, size=(40, 4))
    perm = np_rng.permutation(40)
    train_idx, test_idx = perm[:30], perm[30:]
    check_scaled(solution.scale_fold(X, train_idx, test_idx), X, train_idx, test_idx,
                 "scale_fold(X of shape (40, 4), <30 shuffled rows>, <10 shuffled rows>)", tol)


def test_scaler_fitted_on_training_rows_only(solution, np_rng, tol):
    """Test rows far from the training rows: fitted on the training rows, the test rows land near
    +50 standard deviations; a scaler fitted on all rows puts them near +1."""
    X = np.vstack([np_rng.normal(0.0, 1.0, size=(60, 3)), np_rng.normal(50.0, 1.0, size=(60, 3))])
    train_idx, test_idx = np.arange(60), np.arange(60, 120)
    got = solution.scale_fold(X, train_idx, test_idx)
    check_scaled(got, X, train_idx, test_idx, "scale_fold(<60 rows around 0>, train = those, test = <60 rows "
                                              "around 50>)", tol)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_constant_column(solution, np_rng, tol):
    """A column constant on the training rows is only centred (divided by 1), never nan or inf."""
    X = np_rng.normal(size=(10, 3))
    X[:, 1] = 4.0
    X[9, 1] = 7.0  # differs only on a test row
    check_scaled(solution.scale_fold(X, np.arange(8), np.array([8, 9])), X, np.arange(8), np.array([8, 9]),
                 "scale_fold(<column 1 constant on the training rows>, [0..7], [8, 9])", tol)


@pytest.mark.edge
def test_one_row_per_fold_and_classes_smaller_than_folds(worker):
    """n_folds = n (a fold per row), and every class smaller than n_folds."""
    y = np.array([2, 0, 1, 2, 0, 1, 3], dtype=np.int64)
    for n_folds in (7, 4):
        call = f"stratified_kfold({y.tolist()}, {n_folds}, np.random.default_rng(5))"
        got = as_lists(worker.probe(_stratified_runs, y, n_folds, [5], label=call)[0], call, n_folds)
        check_same(got, oracle_stratified(y, n_folds, 5), call)


@pytest.mark.edge
def test_group_ties(solution):
    """Equal group sizes go by group value; equal fold loads go to the lower fold."""
    groups = np.array([30, 10, 20, 40, 10, 30, 20, 40], dtype=np.int64)  # four groups of 2
    call = f"group_kfold({groups.tolist()}, 3)"
    check_same(as_lists(solution.group_kfold(groups, 3), call, 3), oracle_group(groups, 3), call)


def _bad_stratified(module, y, n_folds):
    import numpy as np

    return module.stratified_kfold(y, n_folds, np.random.default_rng(0))


@pytest.mark.edge
def test_errors(solution, worker):
    """ValueError for impossible fold counts, too few groups, and time splits that cannot fit."""
    y = np.array([0, 1, 0, 1], dtype=np.int64)
    for k in (1, 5):
        expect_raises(ValueError, worker.probe, _bad_stratified, y, k, call=f"stratified_kfold([0, 1, 0, 1], {k}, rng)",
                      why="2 <= n_folds <= n")
    expect_raises(ValueError, solution.group_kfold, np.array([1, 1, 2, 2, 2]), 3,
                  call="group_kfold([1, 1, 2, 2, 2], 3)", why="only 2 groups for 3 folds")
    for n, n_splits, gap in ((5, 5, 0), (10, 4, 2), (10, 0, 0), (10, 2, -1)):
        expect_raises(ValueError, solution.time_series_split, n, n_splits, gap,
                      call=f"time_series_split({n}, {n_splits}, gap={gap})",
                      why="no valid split (test_size < 1, an empty first training part, n_splits < 1 or gap < 0)")


def _modified(module, X, y, groups):
    import numpy as np

    copies = X.copy(), y.copy(), groups.copy()
    module.stratified_kfold(y, 3, np.random.default_rng(0))
    module.group_kfold(groups, 2)
    train, test = np.arange(6), np.arange(6, 9)
    module.scale_fold(X, train, test)
    return [not np.array_equal(a, b) for a, b in zip((X, y, groups), copies, strict=True)]


@pytest.mark.edge
def test_inputs_untouched(worker, np_rng):
    """The splitters and the scaler leave their inputs as they were."""
    changed = worker.probe(_modified, np_rng.normal(size=(9, 2)), np.array([0, 1, 1, 0, 2, 2, 0, 1, 2]),
                           np.array([4, 4, 5, 5, 6, 6, 7, 7, 7]), label="stratified_kfold / group_kfold / scale_fold")
    names = [n for n, c in zip(("X", "y", "groups"), changed, strict=True) if c]
    check(not names, f"modified {', '.join(names)} in place")
