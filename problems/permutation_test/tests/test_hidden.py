"""Hidden tests for permutation_test: exact p-values against the test's own enumeration (and an
exact rational count for integer data), the 20,000-split limit, Monte Carlo p-values against the
exact one computed by dynamic programming, and edge cases."""

import itertools
import math

import numpy as np
import pytest
from support import check_p_type, monte_carlo_runs

from harness.authoring import call_text, check, check_close, expect_raises

R = 9999


def enumerate_p(a, b) -> float:
    """Every split, listed by itertools.combinations, with the stated 1e-9 tie rule."""
    pooled = np.concatenate([np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)])
    n, k = pooled.size, len(a)
    groups = np.fromiter(itertools.chain.from_iterable(itertools.combinations(range(n), k)), dtype=np.intp)
    sums = pooled[groups.reshape(-1, k)].sum(axis=1)
    total = math.fsum(pooled)
    obs = abs(math.fsum(pooled[:k]) / k - math.fsum(pooled[k:]) / (n - k))
    diffs = np.abs(sums / k - (total - sums) / (n - k))
    return int(np.count_nonzero(diffs >= obs - 1e-9)) / math.comb(n, k)


def integer_p(a, b) -> float:
    """Exact two-sided p-value for non-negative integer data: counts of k-subsets by their sum
    (dynamic programming), compared in integers: |d| is |s * N - T * k| / (k (N - k))."""
    values = [int(x) for x in a] + [int(x) for x in b]
    n, k, total = len(values), len(a), sum(values)
    counts = np.zeros((k + 1, total + 1), dtype=np.int64)
    counts[0, 0] = 1
    for v in values:
        new = counts.copy()
        new[1:, v:] += counts[:-1, :total + 1 - v]
        counts = new
    sums = np.arange(total + 1)
    extreme = np.abs(sums * n - total * k) >= abs(sum(values[:k]) * n - total * k)
    return int(counts[k][extreme].sum()) / math.comb(n, k)


def run_exact(solution, tol, a, b, want=None, call=None):
    call = call or call_text("permutation_test", a, b)
    got = solution.permutation_test(a, b)
    check_p_type(got, call)
    check_close(got, enumerate_p(a, b) if want is None else want, call=call, **tol)


@pytest.mark.parametrize("sizes", [(3, 4), (5, 5), (6, 3), (7, 7), (8, 8), (10, 4), (1, 9)],
                         ids=lambda s: f"{s[0]}+{s[1]}")
def test_exact_random_floats(solution, np_rng, tol, sizes):
    """Enumerable sizes (at most 12,870 splits) with random data, A above or below B."""
    for shift in (1.5, -0.7, 0.0):
        a = np.round(np_rng.normal(shift, 1.0, size=sizes[0]), 6).tolist()
        b = np.round(np_rng.normal(0.0, 1.0, size=sizes[1]), 6).tolist()
        run_exact(solution, tol, a, b)


def test_exact_integer_data_with_ties(solution, rng, tol):
    """Small integers with many tied values and tied splits; p from an exact count."""
    for _ in range(6):
        na, nb = rng.randint(3, 7), rng.randint(3, 7)
        a = [float(rng.randint(0, 6) + 1) for _ in range(na)]
        b = [float(rng.randint(0, 6)) for _ in range(nb)]
        run_exact(solution, tol, a, b, want=integer_p(a, b))


def test_exact_numpy_arrays(solution, np_rng, tol):
    """Inputs given as numpy arrays."""
    a, b = np_rng.normal(1.0, 1.0, size=6), np_rng.normal(0.0, 1.0, size=6)
    run_exact(solution, tol, a, b, call="permutation_test(<array of 6>, <array of 6>)")


def test_exact_just_under_the_limit(solution, np_rng, tol):
    """2 + 198 values: C(200, 2) = 19,900 <= 20,000 splits, so the answer is exact."""
    a = (np_rng.normal(0.6, 1.0, size=2)).round(4).tolist()
    b = (np_rng.normal(0.0, 1.0, size=198)).round(4).tolist()
    run_exact(solution, tol, a, b, call="permutation_test(<2 values>, <198 values>) (19,900 splits: exact)")


def _check_monte_carlo(reply, cases, call, R=R):
    for (a, b), got in zip(cases, reply["p"]):
        what = f"{call} with {len(a)} + {len(b)} values"
        check_p_type(got, what)
        exact = integer_p(a, b)
        expected = (R * exact + 1) / (R + 1)
        band = 4.5 * math.sqrt(exact * (1 - exact) / R) + 2 / (R + 1)
        check(abs(got - expected) <= band,
              f"{what} returned {got:.5f}; the exact two-sided p-value is {exact:.5f}, so a Monte Carlo answer "
              f"should lie within {band:.4f} of {expected:.5f}")
        units = got * (R + 1)
        check(abs(units - round(units)) < 1e-6 and round(units) >= 1,
              f"{what} returned {got!r}, which is not (count + 1) / ({R} + 1) for a whole count")
    check(reply["again"] == reply["p"][0],
          f"{call} gave {reply['p'][0]!r} and then {reply['again']!r} for the same seed: draw from rng only")


def test_monte_carlo_matches_exact_p(worker, rng, seed):
    """C(24, 12) and more splits: random relabelings estimate the exact p-value."""
    cases = []
    for na, nb, shift in ((12, 12, 2), (10, 15, -2), (14, 11, 1), (13, 13, 0)):
        a = [float(rng.randint(0, 12) + shift + 2) for _ in range(na)]
        b = [float(rng.randint(0, 12) + 2) for _ in range(nb)]
        cases.append((a, b))
    call = f"permutation_test(a, b, np.random.default_rng({seed}), {R})"
    _check_monte_carlo(worker.probe(monte_carlo_runs, cases, seed, R, label=call), cases, call)


def test_monte_carlo_just_over_the_limit(worker, rng, seed):
    """2 + 199 values: C(201, 2) = 20,100 > 20,000 splits, so Monte Carlo."""
    a = [float(rng.randint(8, 14)) for _ in range(2)]
    b = [float(rng.randint(0, 12)) for _ in range(199)]
    call = f"permutation_test(<2 values>, <199 values>, np.random.default_rng({seed}), 999) (20,100 splits)"
    _check_monte_carlo(worker.probe(monte_carlo_runs, [(a, b)], seed, 999, label=call), [(a, b)], call, R=999)


def seeded_runs(module, a, b, seeds, n_resamples):
    """Runs in the worker: one call per seed, each with a fresh default_rng(seed); reports the
    p-value and whether the call drew from the generator it was given (its state moved)."""
    import numpy as np

    out = []
    for seed in seeds:
        rng = np.random.default_rng(seed)
        before = rng.bit_generator.state
        p = module.permutation_test(a, b, rng, n_resamples)
        p = p if type(p) is float else (float(p) if isinstance(p, np.floating) else repr(p))
        out.append([p, rng.bit_generator.state != before])
    return out


def test_monte_carlo_uses_the_given_generator(worker, seed):
    """Monte Carlo draws from the rng passed in: different seeds give different draws (and so, here,
    different p-values), and each call advances the generator it was given."""
    a = [3.0, 7.0, 5.0, 9.0, 4.0, 8.0, 6.0, 10.0, 5.0, 7.0, 6.0, 8.0]
    b = [4.0, 6.0, 5.0, 7.0, 3.0, 8.0, 5.0, 6.0, 4.0, 7.0, 5.0, 6.0]  # C(24, 12) splits; exact p about 0.22
    seeds = [seed + i for i in range(6)]
    call = f"permutation_test(a, b, np.random.default_rng(s), 999) for the 6 seeds s = {seeds[0]}..{seeds[-1]}"
    reply = worker.probe(seeded_runs, a, b, seeds, 999, label=call)
    for s, (p, advanced) in zip(seeds, reply, strict=True):
        check_p_type(p, f"permutation_test(a, b, np.random.default_rng({s}), 999)")
        check(advanced, f"permutation_test(a, b, rng, 999) with rng = np.random.default_rng({s}) left rng "
                        "untouched: draw the random splits from the rng you are given, not from a generator "
                        "of your own")
    values = [p for p, _ in reply]
    # With an exact p near 0.22, six independent estimates from 999 splits agree with chance < 1e-9.
    check(len(set(values)) > 1, f"{call} returned {values[0]!r} for every seed: the answer must come from the "
                                "draws of the rng you are given, not from a fixed seed of your own")


@pytest.mark.edge
def test_separated_groups_exact(solution, tol):
    """Every value of A above every value of B: only the data (and, for equal sizes, its mirror)
    is that extreme; the observed split counts, so p > 0."""
    run_exact(solution, tol, [10.0, 11.0, 12.0], [1.0, 2.0, 3.0, 4.0], want=1 / 35)
    run_exact(solution, tol, [1.0, 2.0, 3.0, 4.0], [10.0, 11.0, 12.0, 13.0], want=2 / 70)


@pytest.mark.edge
def test_separated_groups_monte_carlo_never_zero(worker, seed):
    """15 + 15 separated values: no random relabeling is as extreme (2 of 155 million splits
    are), so p is (0 + 1) / (R + 1): the observed split always counts."""
    a = [float(x) for x in range(100, 115)]
    b = [float(x) for x in range(15)]
    call = f"permutation_test(<15 values 100..114>, <15 values 0..14>, np.random.default_rng({seed}), 99)"
    reply = worker.probe(monte_carlo_runs, [(a, b)], seed, 99, label=call)
    got = reply["p"][0]
    check_p_type(got, call)
    check(0 < got <= 3 / 100 + 1e-12 and abs(got * 100 - round(got * 100)) < 1e-6,
          f"{call} returned {got!r}; expected 1 / 100 (the observed split counts, so a p-value is never 0)")


@pytest.mark.edge
@pytest.mark.parametrize("a,b", [([1.0], [2.0]), ([5.0], [5.0, 5.0, 5.0]), ([2.0, 2.0], [2.0, 2.0, 2.0])],
                         ids=["one-each", "all-equal", "all-equal-2"])
def test_no_evidence_gives_one(solution, tol, a, b):
    """One value per group, or identical values everywhere: every split is as extreme, p = 1."""
    run_exact(solution, tol, a, b, want=1.0)


@pytest.mark.edge
def test_lower_group_first(solution, tol):
    """A's mean is below B's: the two-sided p-value is the same as with the groups swapped."""
    a, b = [1.0, 2.5, 2.0, 3.0], [4.0, 3.5, 5.0, 4.5, 6.0]
    run_exact(solution, tol, a, b)
    run_exact(solution, tol, b, a)


@pytest.mark.edge
@pytest.mark.parametrize("a,b", [([], [1.0, 2.0]), ([1.0], [])], ids=["a-empty", "b-empty"])
def test_empty_sample_raises_value_error(solution, a, b):
    """An empty sample: ValueError."""
    expect_raises(ValueError, solution.permutation_test, a, b, call=call_text("permutation_test", a, b))
