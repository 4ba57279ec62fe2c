"""Hidden tests for welch_ttest: generated samples against an exact rational oracle, the
equal-variance and one-constant special cases, a large common offset and bad input."""

import math

import numpy as np
import pytest
from support import check_pair

from harness.authoring import call_text, check, expect_raises


def oracle(a, b) -> tuple[float, float]:
    """Exactly rounded sums (math.fsum) and the corrected two-pass variance."""
    def mean_var(xs):
        xs = [float(x) for x in xs]
        m = math.fsum(xs) / len(xs)
        d = [x - m for x in xs]
        return m, (math.fsum(v * v for v in d) - math.fsum(d) ** 2 / len(xs)) / (len(xs) - 1)

    (ma, sa), (mb, sb) = mean_var(a), mean_var(b)
    va, vb = sa / len(a), sb / len(b)
    t = (ma - mb) / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
    return t, df


def describe(x) -> str:
    kind = "array" if isinstance(x, np.ndarray) else "list"
    return f"<{kind} of {len(x)} values>" if len(x) > 8 else repr([float(v) for v in x])


def run(solution, tol, a, b, *, call: str | None = None):
    call = call or call_text("welch_ttest", a, b)
    check_pair(solution.welch_ttest(a, b), oracle(a, b), call=call, tol=tol)


@pytest.mark.parametrize("batch", range(3))
def test_random_samples(solution, np_rng, tol, batch):
    """Samples of different sizes, means and spreads, as lists and as numpy arrays."""
    for i in range(15):
        na, nb = (int(k) for k in np_rng.integers(2, 40, size=2))
        a = np_rng.normal(np_rng.uniform(-5, 5), np_rng.uniform(0.1, 4), size=na)
        b = np_rng.normal(np_rng.uniform(-5, 5), np_rng.uniform(0.1, 4), size=nb)
        if i % 2:
            a, b = a.tolist(), b.tolist()
        run(solution, tol, a, b)


def test_unequal_sizes_and_spreads(solution, np_rng, tol):
    """A small noisy group against a large quiet one: Welch and Student disagree most here."""
    a = np_rng.normal(10.0, 5.0, size=6)
    b = np_rng.normal(8.0, 0.5, size=60)
    run(solution, tol, a, b, call=f"welch_ttest({describe(a)}, <60 values, sd 0.5>)")
    run(solution, tol, b, a, call=f"welch_ttest(<60 values, sd 0.5>, {describe(a)})")


def test_large_samples(solution, np_rng, tol):
    """Ten thousand values per group."""
    a = np_rng.exponential(2.0, size=10_000)
    b = np_rng.exponential(2.1, size=8_000)
    check_pair(solution.welch_ttest(a, b), oracle(a, b), call="welch_ttest(<10,000 values>, <8,000 values>)",
               tol=tol)


def test_df_between_its_bounds(solution, np_rng):
    """min(n_a, n_b) - 1 <= df <= n_a + n_b - 2 for any spreads."""
    for _ in range(10):
        na, nb = (int(k) for k in np_rng.integers(3, 30, size=2))
        a = np_rng.normal(0, np_rng.uniform(0.1, 10), size=na)
        b = np_rng.normal(0, np_rng.uniform(0.1, 10), size=nb)
        _, df = solution.welch_ttest(a, b)
        check(min(na, nb) - 1 - 1e-9 <= df <= na + nb - 2 + 1e-9,
              f"welch_ttest(<{na} values>, <{nb} values>) gave df = {df}; df must lie in "
              f"[{min(na, nb) - 1}, {na + nb - 2}]")


@pytest.mark.edge
def test_equal_variances_give_students_df(solution, tol):
    """Same size and same sample variance: df = 2n - 2 exactly (here 2 * 5 - 2 = 8)."""
    a = [3.0, 7.0, 1.0, 9.0, 5.0]
    b = [12.0, 8.0, 10.0, 4.0, 6.0]  # a shifted by 3 and reordered: the same variance
    check_pair(solution.welch_ttest(a, b), (-1.5, 8.0), call=call_text("welch_ttest", a, b), tol=tol)


@pytest.mark.edge
def test_one_constant_sample(solution, tol):
    """One constant sample: df is n - 1 of the other sample."""
    run(solution, tol, [2.5] * 7, [1.0, 4.0, 2.0, 8.0, 3.0])
    run(solution, tol, [0.0, 1.0], [0.0, 0.0, 0.0])


@pytest.mark.edge
def test_two_values_each(solution, tol):
    """The smallest allowed samples: two values in each."""
    run(solution, tol, [1.0, 2.0], [4.0, 7.0])


@pytest.mark.edge
@pytest.mark.parametrize("offset", [1e8, -1e8])
def test_large_common_offset(solution, np_rng, offset):
    """Values 1e8 + noise of order 1: E[x^2] - E[x]^2 cancels catastrophically; deviations do not."""
    a = offset + np_rng.normal(0.0, 1.0, size=30)
    b = offset + np_rng.normal(0.8, 2.0, size=25)
    check_pair(solution.welch_ttest(a, b), oracle(a, b),
               call=f"welch_ttest(<30 values {offset:g} + N(0, 1)>, <25 values {offset:g} + N(0.8, 2^2)>)",
               tol={"rtol": 1e-6, "atol": 1e-10})


@pytest.mark.edge
@pytest.mark.parametrize("a,b", [([1.0], [2.0, 3.0]), ([2.0, 3.0], [5.0]), ([], [1.0, 2.0]), ([], [])],
                         ids=["a-one-value", "b-one-value", "a-empty", "both-empty"])
def test_too_small_raises_value_error(solution, a, b):
    """A sample with fewer than 2 values has no sample variance: ValueError."""
    expect_raises(ValueError, solution.welch_ttest, a, b, call=call_text("welch_ttest", a, b))


@pytest.mark.edge
def test_both_constant_raises_value_error(solution):
    """Both samples constant: the standard error is 0 and t is undefined: ValueError."""
    expect_raises(ValueError, solution.welch_ttest, [4.0, 4.0, 4.0], [1.0, 1.0],
                  call="welch_ttest([4.0, 4.0, 4.0], [1.0, 1.0])")


def _inputs_unchanged(module, a, b):
    before = (a.copy(), list(b))
    module.welch_ttest(a, b)
    return bool((a == before[0]).all()) and b == before[1]


@pytest.mark.edge
def test_inputs_not_modified(worker, np_rng):
    """welch_ttest leaves its input array and list as they were."""
    a = np_rng.normal(size=9)
    b = np_rng.normal(size=7).tolist()
    check(worker.probe(_inputs_unchanged, a, b, label="welch_ttest(a, b)"),
          "welch_ttest(a, b) modified its input; compute into new arrays")
