"""Hidden tests for one_way_anova: random unequal groups against two-pass sums and a series p-value,
k = 2 against the pooled t-test, a large common offset, the largest sizes, and degenerate input."""

import math

import numpy as np
import pytest
from support import check_result

from harness.authoring import call_text, check, expect_raises, fact

MAX_GROUPS = fact("max_groups")
MAX_TOTAL = fact("max_total")


def _beta_series(x: float, a: float, b: float) -> float:
    """I_x(a, b) = x^a (1 - x)^b / (a B(a, b)) * 2F1(a + b, 1; a + 1; x), all terms positive."""
    log_front = (a * math.log(x) + b * math.log1p(-x) - (math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))
                 - math.log(a))
    term = total = 1.0
    n = 0
    while n < 1_000_000:
        term *= (a + b + n) * x / (a + 1 + n)
        n += 1
        total += term
        if term < 1e-18 * total:
            break
    return math.exp(log_front) * total


def f_tail(f: float, d1: int, d2: int) -> float:
    """P(F(d1, d2) >= f) = I_x(d2/2, d1/2) at x = d2 / (d2 + d1 f); the series on the side where it is small."""
    if f <= 0:
        return 1.0
    x, a, b = d2 / (d2 + d1 * f), d2 / 2, d1 / 2
    if x < a / (a + b):
        return _beta_series(x, a, b)
    return 1.0 - _beta_series(1.0 - x, b, a)


def oracle(groups) -> dict:
    arrays = [np.asarray(g, dtype=np.float64) for g in groups]
    k, n = len(arrays), sum(a.size for a in arrays)
    grand = math.fsum(np.concatenate(arrays)) / n
    means = [math.fsum(a) / a.size for a in arrays]
    ssb = math.fsum(a.size * (m - grand) ** 2 for a, m in zip(arrays, means, strict=True))
    ssw = math.fsum(math.fsum((a - m) ** 2) for a, m in zip(arrays, means, strict=True))
    f = (ssb / (k - 1)) / (ssw / (n - k))
    return {"f": f, "df_between": k - 1, "df_within": n - k, "p_value": f_tail(f, k - 1, n - k)}


def random_groups(np_rng, k, low=2, high=30, effect=0.5, offset=0.0):
    sizes = np_rng.integers(low, high + 1, size=k)
    shifts = np_rng.normal(0, effect, size=k)
    return [np.round(offset + shifts[i] + np_rng.normal(0, 1, size=int(sizes[i])), 6).tolist() for i in range(k)]


def run(solution, tol, groups, call=None):
    check_result(solution.one_way_anova(groups), oracle(groups), call=call or call_text("one_way_anova", groups),
                 tol=tol)


def test_random_unequal_groups(solution, np_rng, tol):
    """2 to 8 groups of 1 to 30 values each, with and without real differences."""
    for k in (2, 3, 5, 8):
        for effect in (0.0, 0.4, 1.5):
            run(solution, tol, random_groups(np_rng, k, low=1, effect=effect))


def test_very_unequal_sizes(solution, np_rng, tol):
    """One group of 400 values and others of 2 or 3: every group's mean counts n_i times."""
    groups = random_groups(np_rng, 4, low=2, high=3, effect=1.0)
    groups[1] = np.round(np_rng.normal(0.3, 1, size=400), 6).tolist()
    run(solution, tol, groups, call="one_way_anova(<groups of sizes " + ", ".join(str(len(g)) for g in groups) + ">)")


def test_two_groups_match_the_pooled_t_test(solution, np_rng, tol):
    """k = 2: F equals the square of the pooled two-sample t statistic."""
    a, b = np.round(np_rng.normal(0, 1, 17), 6), np.round(np_rng.normal(0.7, 1, 9), 6)
    pooled = (((a - a.mean()) ** 2).sum() + ((b - b.mean()) ** 2).sum()) / (a.size + b.size - 2)
    t = (a.mean() - b.mean()) / math.sqrt(pooled * (1 / a.size + 1 / b.size))
    want = oracle([a.tolist(), b.tolist()])
    assert abs(want["f"] - t * t) <= 1e-9 * t * t
    check_result(solution.one_way_anova([a, b]), want, call="one_way_anova([<17 values>, <9 values>]) as numpy arrays",
                 tol=tol)


@pytest.mark.edge
def test_large_common_offset(solution, np_rng, tol):
    """Values near 1e8 with a spread of 1: sum(x^2) - n mean^2 cancels every digit; deviations do not."""
    # A value near 1e8 carries an absolute rounding of about 1e-8, so two correct two-pass methods
    # differ by about 1e-8 relative in F; the shortcut formula is off by order 1.
    groups = random_groups(np_rng, 4, low=5, high=20, effect=0.8, offset=1e8)
    run(solution, {**tol, "rtol": fact("offset_rtol")}, groups, call="one_way_anova(<4 groups of values near 1e8>)")


@pytest.mark.edge
def test_largest_input(solution, np_rng, tol):
    """The most groups and values allowed, with a tiny p-value."""
    per = MAX_TOTAL // MAX_GROUPS
    groups = [np.round(np_rng.normal(0.05 * i, 1, size=per), 6).tolist() for i in range(MAX_GROUPS)]
    run(solution, tol, groups, call=f"one_way_anova(<{MAX_GROUPS} groups of {per} values>)")


@pytest.mark.edge
def test_constant_groups_that_differ(solution, tol):
    """Each group constant, groups different: SSW = 0, F = inf, p = 0 (also for values such as 0.1 whose means round)."""
    check_result(solution.one_way_anova([[2.0, 2.0, 2.0], [7.5], [4.0, 4.0]]),
                 {"f": math.inf, "df_between": 2, "df_within": 3, "p_value": 0.0},
                 call="one_way_anova([[2.0, 2.0, 2.0], [7.5], [4.0, 4.0]])", tol=tol)
    # Means of 0.1s and 0.7s are off by one rounding, so sums of squares computed from them are noise, not 0.
    groups = [[0.1, 0.1, 0.1], [0.7, 0.7], [0.3]]
    check_result(solution.one_way_anova(groups), {"f": math.inf, "df_between": 2, "df_within": 3, "p_value": 0.0},
                 call=call_text("one_way_anova", groups), tol=tol)


BAD = {
    "one-group": [[1.0, 2.0, 3.0]],
    "no-groups": [],
    "empty-group": [[1.0, 2.0], []],
    "single-values": [[1.0], [2.0]],
    "all-equal": [[3.0, 3.0], [3.0, 3.0, 3.0]],
    "all-equal-0.1": [[0.1, 0.1, 0.1], [0.1, 0.1]],
}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(BAD))
def test_degenerate_input_raises_value_error(solution, name):
    """Fewer than 2 groups, an empty group, N - k = 0, or every value equal: ValueError."""
    groups = BAD[name]
    expect_raises(ValueError, solution.one_way_anova, groups, call=call_text("one_way_anova", groups))


def untouched(module):
    """Runs in the worker: numpy groups; reports whether any changed."""
    import numpy as np

    groups = [np.array([4.0, 5.0, 6.0]), np.array([6.0, 7.0, 8.0, 9.0]), np.array([5.0, 6.0])]
    before = [g.copy() for g in groups]
    module.one_way_anova(groups)
    return any(not np.array_equal(g, b) for g, b in zip(groups, before, strict=True))


@pytest.mark.edge
def test_inputs_not_modified(worker):
    """The group arrays are left as they were."""
    check(not worker.probe(untouched, label="one_way_anova(<3 numpy arrays>)"),
          "one_way_anova modified one of the group arrays it was given")
