"""Hidden tests for matrix_factorization: ALS against a float64 run of the stated half-steps (with
the mistakes it can be confused with named on a mismatch), unobserved values that must not
matter, rows with no rating, and recommend's exclusion, tie, k and cold-start rules on integer
factors (exact scores)."""

import numpy as np
import pytest
from support import check_factors, check_items

from harness.authoring import check, fact


def ridge_rows(R, observed, fixed, lam, scaled=True, zeros=False):
    """One half-step of the oracle: a ridge regression per row of R over its observed entries
    (every entry, missing ones as 0, when zeros=True), penalty lam * n_row (lam when not scaled)."""
    f = fixed.shape[1]
    out = np.zeros((R.shape[0], f))
    for r in range(R.shape[0]):
        cols = np.flatnonzero(observed[r])
        if cols.size == 0:
            continue
        use = np.arange(R.shape[1]) if zeros else cols
        target = np.where(observed[r, use], R[r, use], 0.0)
        A = fixed[use]
        out[r] = np.linalg.solve(A.T @ A + lam * (cols.size if scaled else 1) * np.eye(f), A.T @ target)
    return out


def oracle(R, observed, U0, V0, lam, n_iters, **variant):
    U, V = U0.astype(np.float64), V0.astype(np.float64)
    for _ in range(n_iters):
        U = ridge_rows(R, observed, V, lam, **variant)
        V = ridge_rows(R.T, observed.T, U, lam, **variant)
    return U, V


VARIANTS = {
    "treats the unobserved entries as ratings of 0": {"zeros": True},
    "penalises every row by lam instead of lam * (its number of ratings)": {"scaled": False},
}


def draw(np_rng, n_users, n_items, f, density):
    """Low-rank ratings plus noise; random junk where unobserved; every user and item rated at
    least once unless the test removes ratings itself."""
    truth = np_rng.normal(size=(n_users, f)) @ np_rng.normal(size=(f, n_items))
    R = 3.0 + truth + 0.3 * np_rng.normal(size=(n_users, n_items))
    observed = np_rng.random((n_users, n_items)) < density
    observed[np.arange(n_users), np_rng.integers(0, n_items, size=n_users)] = True
    observed[np_rng.integers(0, n_users, size=n_items), np.arange(n_items)] = True
    R = np.where(observed, R, np_rng.uniform(-50.0, 50.0, size=R.shape))
    U0 = np_rng.normal(0.0, 0.5, size=(n_users, f))
    V0 = np_rng.normal(0.0, 0.5, size=(n_items, f))
    return R, observed, U0, V0


def run(solution, tol, R, observed, U0, V0, lam, n_iters=None, call=None):
    call = call or (f"als(R of shape {R.shape}, {int(observed.sum())} observed, f={U0.shape[1]}, lam={lam:g}"
                    f"{'' if n_iters is None else f', n_iters={n_iters}'})")
    kwargs = {} if n_iters is None else {"n_iters": n_iters}
    got = solution.als(R.copy(), observed.copy(), U0.copy(), V0.copy(), lam, **kwargs)
    want = oracle(R, observed, U0, V0, lam, fact("default_n_iters") if n_iters is None else n_iters)
    try:
        check_factors(got, *want, call, tol)
    except AssertionError:
        for mistake, variant in VARIANTS.items():
            alt = oracle(R, observed, U0, V0, lam, fact("default_n_iters") if n_iters is None else n_iters,
                         **variant)
            if isinstance(got, tuple) and len(got) == 2 and all(np.shape(g) == np.shape(a) for g, a in zip(got, alt, strict=False)) \
                    and all(np.allclose(g, a, rtol=1e-6, atol=1e-8) for g, a in zip(got, alt, strict=False)):
                check(False, f"{call}: the factors match a run that {mistake}; the objective sums over "
                             "the observed entries only, with the penalty lam * n_u on U[u] and lam * m_i on V[i]")
        raise
    return got


@pytest.mark.parametrize(("shape", "lam", "n_iters"), [
    ((12, 9, 2), 0.05, 1), ((30, 20, 3), 0.3, 3), ((25, 40, 4), 1.5, 6),
], ids=["small-1-iter", "medium-3-iters", "wide-6-iters"])
def test_random_fits(solution, np_rng, tol, shape, lam, n_iters):
    """Random sparse low-rank ratings, against the stated half-steps run in float64."""
    run(solution, tol, *draw(np_rng, *shape, density=0.35), lam, n_iters)


def test_default_n_iters(solution, np_rng, tol):
    """Called without n_iters: the documented default number of iterations."""
    run(solution, tol, *draw(np_rng, 15, 12, 2, density=0.4), 0.2)


def test_unobserved_values_do_not_matter(solution, np_rng, tol):
    """Changing R where observed is False (to zeros, or to other junk) leaves U and V as they were."""
    R, observed, U0, V0 = draw(np_rng, 20, 15, 3, density=0.3)
    first = run(solution, tol, R, observed, U0, V0, 0.1, 2)
    for name, fill in (("zeros", 0.0), ("other random values", np_rng.normal(0.0, 30.0, size=R.shape))):
        again = solution.als(np.where(observed, R, fill), observed.copy(), U0.copy(), V0.copy(), 0.1, n_iters=2)
        check(all(np.allclose(a, b, rtol=1e-9, atol=1e-12) for a, b in zip(first, again, strict=False)),
              f"als gave other factors after R's unobserved entries were set to {name}; only the entries "
              "where observed is True are ratings")


def test_heavy_and_light_raters(solution, np_rng, tol):
    """Users and items with very different numbers of ratings, a large lam: the penalty's scaling matters."""
    R, observed, U0, V0 = draw(np_rng, 16, 14, 2, density=0.15)
    observed[:3] = True  # three users rated everything
    observed[:, :2] = True  # two items rated by everyone
    run(solution, tol, np.where(observed, R, 3.0), observed, U0, V0, 2.0, 2)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_rows_without_ratings_become_zero(solution, np_rng, tol):
    """A user and an item with no rating get rows of zeros (not nan, not their starting rows)."""
    R, observed, U0, V0 = draw(np_rng, 10, 8, 2, density=0.5)
    observed[4] = False
    observed[:, 6] = False
    got = run(solution, tol, R, observed, U0, V0, 0.3, 2, call="als(..., user 4 and item 6 without ratings, n_iters=2)")
    check(not got[0][4].any() and not got[1][6].any(),
          "als: the user and the item without ratings must get rows of exactly zero")


@pytest.mark.edge
def test_fully_observed_and_one_factor(solution, np_rng, tol):
    """Every entry observed, and f = 1."""
    R, observed, U0, V0 = draw(np_rng, 7, 5, 1, density=1.0)
    run(solution, tol, R, observed, U0, V0, 0.5, 4)


def _zero_iterations(module, R, observed, U0, V0):
    U, V = module.als(R, observed, U0, V0, 0.1, n_iters=0)
    same = [U is U0, V is V0]
    U[...] = -7.0  # writing into an alias would show in the inputs
    V[...] = -7.0
    return same + [bool((U0 == -7.0).any()), bool((V0 == -7.0).any())]


@pytest.mark.edge
def test_zero_iterations_returns_copies(solution, worker, np_rng, tol):
    """n_iters = 0 returns U0 and V0 unchanged, as new arrays."""
    R, observed, U0, V0 = draw(np_rng, 6, 5, 2, density=0.5)
    run(solution, tol, R, observed, U0, V0, 0.1, 0)
    flags = worker.probe(_zero_iterations, R, observed, U0, V0, label="als(..., n_iters=0)")
    check(not any(flags), "als(..., n_iters=0) returned U0 or V0 themselves (or views of them); return copies")


def _inputs_modified(module, R, observed, U0, V0):
    import numpy as np

    copies = [a.copy() for a in (R, observed, U0, V0)]
    module.als(R, observed, U0, V0, 0.2, n_iters=3)
    module.recommend(U0, V0, observed, 0, 3)
    return [not np.array_equal(a, b) for a, b in zip((R, observed, U0, V0), copies, strict=False)]


@pytest.mark.edge
def test_inputs_untouched(worker, np_rng):
    """als and recommend leave R, observed and the factors as they were."""
    args = draw(np_rng, 8, 6, 2, density=0.5)
    changed = worker.probe(_inputs_modified, *args,
                           label="als(R, observed, U0, V0, 0.2, n_iters=3); recommend(U0, V0, observed, 0, 3)")
    names = [n for n, c in zip(("R", "observed", "U0", "V0"), changed, strict=False) if c]
    check(not names, f"als or recommend modified {', '.join(names)} in place; work on new arrays")


# --- recommend ---------------------------------------------------------------------------------


def best_unseen(U, V, observed, user, k):
    """The oracle: score every unseen item, sort by (-score, index); popularity for a cold start."""
    if not observed[user].any():
        counts = observed.sum(axis=0)
        return sorted(range(V.shape[0]), key=lambda i: (-counts[i], i))[:k]
    scores = V @ U[user]
    return sorted((i for i in range(V.shape[0]) if not observed[user, i]), key=lambda i: (-scores[i], i))[:k]


def integer_factors(np_rng, n_users, n_items, f):
    """Small integer factors: every score is exact, and equal scores are common (ties)."""
    U = np_rng.integers(-2, 3, size=(n_users, f)).astype(np.float64)
    V = np_rng.integers(-2, 3, size=(n_items, f)).astype(np.float64)
    return U, V


def test_recommend_random(solution, np_rng):
    """Random integer factors and ratings: the unseen items by score, ties to the lower index."""
    for _ in range(4):
        U, V = integer_factors(np_rng, 8, 30, 3)
        observed = np_rng.random((8, 30)) < 0.4
        observed[:, 0] = True  # nobody is a cold start here
        for user in range(8):
            k = int(np_rng.integers(1, 12))
            check_items(solution.recommend(U, V, observed, user, k), best_unseen(U, V, observed, user, k),
                        f"recommend(U, V, observed, user={user}, k={k}) with integer factors and "
                        f"seen items {np.flatnonzero(observed[user]).tolist()}")


def test_recommend_never_returns_seen(solution, np_rng):
    """The user's best-scoring items are all seen: none of them may come back."""
    U = np.array([[1.0, 0.0], [0.0, 1.0]])
    V = np.array([[float(i), float(-i)] for i in range(10)])
    observed = np.zeros((2, 10), dtype=bool)
    observed[0, 6:] = True  # user 0 has seen 6..9, the items it likes most
    observed[1, :1] = True
    check_items(solution.recommend(U, V, observed, 0, 3), [5, 4, 3],
                "recommend(U, V, observed, user=0, k=3) (items 6..9 score highest but are already rated)")


@pytest.mark.edge
def test_recommend_k_beyond_unseen(solution, np_rng):
    """k larger than the number of unseen items, k = 0, and a user who rated everything."""
    U, V = integer_factors(np_rng, 3, 6, 2)
    observed = np.array([[True, False, True, False, False, True], [True] * 6, [True] + [False] * 5])
    check_items(solution.recommend(U, V, observed, 0, 50), best_unseen(U, V, observed, 0, 50),
                "recommend(U, V, observed, user=0, k=50) with 3 unseen items")
    check_items(solution.recommend(U, V, observed, 2, 0), [], "recommend(U, V, observed, user=2, k=0)")
    check_items(solution.recommend(U, V, observed, 1, 3), [], "recommend(U, V, observed, user=1, k=3) "
                                                              "(user 1 rated every item)")


@pytest.mark.edge
def test_recommend_all_scores_tied(solution):
    """Every score equal: the unseen items in index order."""
    U, V = np.ones((2, 2)), np.ones((7, 2))
    observed = np.zeros((2, 7), dtype=bool)
    observed[0, [1, 4]] = True
    check_items(solution.recommend(U, V, observed, 0, 4), [0, 2, 3, 5], "recommend(..., user=0, k=4), all scores 2.0")


@pytest.mark.edge
def test_cold_start_gets_popular_items(solution, np_rng):
    """A user with no rating gets the most-rated items (ties to the lower index), not the items of
    a zero score vector in index order."""
    U, V = integer_factors(np_rng, 6, 9, 2)
    observed = np.zeros((6, 9), dtype=bool)
    for item, raters in {7: 5, 3: 3, 8: 3, 0: 1, 5: 1}.items():
        observed[1:1 + raters, item] = True
    U[0] = 0.0
    for k in (2, 4, 20):
        check_items(solution.recommend(U, V, observed, 0, k), best_unseen(U, V, observed, 0, k),
                    f"recommend(U, V, observed, user=0, k={k}) for a user with no rating; ratings per item "
                    f"{observed.sum(axis=0).tolist()}")


@pytest.mark.edge
def test_cold_start_is_decided_by_the_ratings(solution):
    """Cold start means no rating in `observed`, whatever U[user] holds: a user without ratings but
    with a non-zero factor row still gets the popular items, and a user with ratings but a zero
    factor row gets the unseen items by score (all 0: index order), not the popular ones."""
    U = np.array([[1.0, -1.0], [0.0, 0.0], [2.0, 0.5]])
    V = np.array([[0.0, 3.0], [1.0, 0.0], [2.0, 0.0], [0.0, 1.0], [3.0, 0.0]])
    observed = np.zeros((3, 5), dtype=bool)
    observed[1, [4]] = True
    observed[2, [3, 4]] = True  # popularity: item 4 (2 ratings), item 3 (1), then 0, 1, 2
    check_items(solution.recommend(U, V, observed, 0, 3), [4, 3, 0],
                "recommend(U, V, observed, user=0, k=3) (user 0 has no rating but U[0] = [1, -1] is not zero)")
    check_items(solution.recommend(U, V, observed, 1, 3), [0, 1, 2],
                "recommend(U, V, observed, user=1, k=3) (user 1 rated item 4 but U[1] is zero: every score is 0)")
