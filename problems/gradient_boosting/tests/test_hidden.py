"""Hidden tests for fit_boosting and predict_boosting: whole models compared stump by stump with a
brute-force booster (every midpoint of every feature, SSE recomputed), predictions on new points,
predicting with a model the grader builds, the defaults, zero rounds, ties and constant features."""

import numpy as np
import pytest
from support import check_model

from harness.authoring import check, check_close


def oracle_stump(X, r):
    tie = 1e-9 * float(((r - r.mean()) ** 2).sum()) + 1e-12
    best = None
    for j in range(X.shape[1]):
        values = sorted(set(X[:, j].tolist()))
        for a, b in zip(values, values[1:], strict=False):
            t = (a + b) / 2
            left = X[:, j] <= t
            sse = ((r[left] - r[left].mean()) ** 2).sum() + ((r[~left] - r[~left].mean()) ** 2).sum()
            if best is None or sse < best[0] - tie:
                best = (sse, j, t, float(r[left].mean()), float(r[~left].mean()))
    return best[1:]


def stump_values(stump, X):
    j, t, left, right = stump
    return np.where(X[:, j] <= t, left, right)


def oracle_fit(X, y, n_estimators=100, learning_rate=0.1):
    f0 = float(y.mean())
    F = np.full(len(y), f0)
    stumps = []
    for _ in range(n_estimators):
        stump = oracle_stump(X, y - F)
        F = F + learning_rate * stump_values(stump, X)
        stumps.append(stump)
    return {"f0": f0, "learning_rate": learning_rate, "stumps": stumps}


def oracle_predict(model, X):
    return model["f0"] + model["learning_rate"] * sum((stump_values(s, X) for s in model["stumps"]),
                                                      np.zeros(len(X)))


def make_data(np_rng, n, d):
    X = np_rng.normal(size=(n, d))
    y = 3.0 + np.sin(2 * X[:, 0]) + X[:, -1] ** 2 + 0.3 * np_rng.normal(size=n)
    return X, y


CASES = {"30-rounds-lr-0.3": (60, 3, 30, 0.3), "10-rounds-lr-1": (40, 2, 10, 1.0),
         "25-rounds-lr-0.05": (80, 1, 25, 0.05)}


@pytest.mark.parametrize("case", CASES)
def test_model_and_predictions_match_reference(solution, np_rng, tol, case):
    """The whole model (F0 = mean, each stump fitted to the current residuals, unshrunk leaf means)
    equals a brute-force booster, and predict_boosting on new points applies the learning rate."""
    n, d, rounds, rate = CASES[case]
    X, y = make_data(np_rng, n, d)
    want = oracle_fit(X, y, rounds, rate)
    call = f"fit_boosting(<{n} samples, {d} features>, n_estimators={rounds}, learning_rate={rate})"
    model = solution.fit_boosting(X, y, n_estimators=rounds, learning_rate=rate)
    check_model(model, want, call=call, tol=tol)
    X_new = np_rng.normal(size=(25, d))
    check_close(solution.predict_boosting(model, X_new), oracle_predict(want, X_new),
                call=f"predict_boosting({call}, <25 new rows>)", **tol)


def test_predict_with_a_given_model(solution, np_rng, tol):
    """predict_boosting = f0 + learning_rate * sum of stumps on a model the grader builds (stumps as
    tuples and lists, rows on thresholds go left, zero rows give an empty array)."""
    model = {"f0": -1.5, "learning_rate": 0.3,
             "stumps": [(1, 0.25, 2.0, -1.0), [0, -0.5, 0.5, 4.0], (1, 1.0, -3.0, 1.0), (0, 0.0, 1.0, 0.0)]}
    X = np.concatenate([np_rng.normal(size=(30, 2)), np.array([[-0.5, 0.25], [0.0, 1.0]])])
    check_close(solution.predict_boosting(model, X), oracle_predict(model, X),
                call="predict_boosting(<4 stumps, f0=-1.5, learning_rate=0.3>, <32 rows, 2 on thresholds>)", **tol)
    check_close(solution.predict_boosting(model, np.zeros((0, 2))), np.zeros(0),
                call="predict_boosting(<4 stumps>, <0 rows>)", **tol)


def test_defaults(solution, np_rng, tol):
    """Called without n_estimators and learning_rate: 100 rounds at learning rate 0.1."""
    X, y = make_data(np_rng, 30, 2)
    check_model(solution.fit_boosting(X, y), oracle_fit(X, y), call="fit_boosting(<30 samples, 2 features>)",
                tol=tol)


@pytest.mark.edge
def test_zero_rounds_is_the_mean(solution, np_rng, tol):
    """n_estimators=0: no stumps, and every prediction is the mean of y."""
    X, y = make_data(np_rng, 20, 2)
    model = solution.fit_boosting(X, y, n_estimators=0, learning_rate=0.5)
    check_model(model, {"f0": float(y.mean()), "learning_rate": 0.5, "stumps": []},
                call="fit_boosting(<20 samples>, n_estimators=0, learning_rate=0.5)", tol=tol)
    check_close(solution.predict_boosting(model, X[:7]), np.full(7, y.mean()),
                call="predict_boosting(<0 stumps>, <7 rows>)", **tol)


@pytest.mark.edge
def test_ties_and_constant_features(solution, np_rng, tol):
    """A constant feature offers no split; a duplicated column ties exactly with the original, and
    the lower feature index wins; integer values give many equal values per feature."""
    X, y = make_data(np_rng, 40, 1)
    X = np.column_stack([np.full(40, 2.0), np.round(X[:, 0] * 2), np.round(X[:, 0] * 2)])
    want = oracle_fit(X, y, 8, 0.5)
    check_model(solution.fit_boosting(X, y, n_estimators=8, learning_rate=0.5), want,
                call="fit_boosting(<feature 0 constant, features 1 and 2 equal integers>, n_estimators=8, "
                     "learning_rate=0.5)", tol=tol)


@pytest.mark.edge
def test_tied_thresholds_take_the_smallest(solution, tol):
    """Residuals symmetric about the middle: the splits at 0.5 and 2.5 have the same SSE (2/3, the
    split at 1.5 has 1), and the smaller threshold wins; scanning from the top, or keeping the last
    of equal scores, picks 2.5."""
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([0.0, 1.0, 1.0, 0.0])
    want = {"f0": 0.5, "learning_rate": 1.0, "stumps": [(0, 0.5, -0.5, 1 / 6)]}
    check_model(solution.fit_boosting(X, y, n_estimators=1, learning_rate=1.0), want,
                call="fit_boosting([[0], [1], [2], [3]], [0, 1, 1, 0], n_estimators=1, learning_rate=1.0)", tol=tol)


def _inputs_modified(module, X, y):
    import numpy as np

    copies = X.copy(), y.copy()
    model = module.fit_boosting(X, y, n_estimators=5, learning_rate=0.5)
    module.predict_boosting(model, X)
    return [not np.array_equal(a, b) for a, b in zip((X, y), copies, strict=True)]


@pytest.mark.edge
def test_inputs_are_not_modified(worker, np_rng):
    """fit_boosting and predict_boosting leave X and y as they were (residuals go in new arrays)."""
    X, y = make_data(np_rng, 25, 2)
    changed = worker.probe(_inputs_modified, X, y, label="fit_boosting(X, y, n_estimators=5, learning_rate=0.5)")
    names = [name for name, flag in zip(("X", "y"), changed, strict=True) if flag]
    check(not names, lambda: f"fit_boosting or predict_boosting modified {' and '.join(names)} in place")
