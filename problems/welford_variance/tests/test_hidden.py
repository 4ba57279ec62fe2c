"""Hidden tests for welford_variance: a stream checked at many points against an exact two-pass
computation, the ddof convention, merging parts with different means, values on a 1e9 offset
(where E[x^2] - E[x]^2 fails), the empty and one-value cases, and O(1) memory per stream."""

import pytest
from support import check_summary, merge_probe, stream_probe

from harness.authoring import check, check_close, expect_raises, fact

CHECKPOINTS = [1, 2, 3, 10, 100, 1000, 2000]


def test_stream_random(worker, np_rng, tol):
    """2,000 normal values; count, mean and both variances after 1, 2, 3, 10, ... 2,000 pushes."""
    values = np_rng.normal(3.0, 2.0, size=2000).tolist()
    got = worker.probe(stream_probe, values, CHECKPOINTS, label="pushing 2,000 values from N(3, 4)")
    check(len(got) == len(CHECKPOINTS), "the probe did not reach every checkpoint")
    for k, reply in zip(CHECKPOINTS, got):
        check_summary(reply, values[:k], f"after pushing the first {k} values", tol)


def test_ints_are_values_too(worker, tol):
    """Pushing the ints 1..100: mean 50.5, variance (100^2 - 1) / 12."""
    values = list(range(1, 101))
    got = worker.probe(stream_probe, values, [100], label="pushing the ints 1..100")
    check_summary(got[0], [float(v) for v in values], "after pushing the ints 1..100", tol)


def test_default_ddof_is_population(solution, tol):
    """variance() with no argument divides by n: 4.0 for [2, 4, 4, 4, 5, 5, 7, 9], not 4.571."""
    s = solution.RunningStats()
    for x in [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]:
        s.push(x)
    check_close(s.variance(), 4.0, call="variance() after pushing [2, 4, 4, 4, 5, 5, 7, 9]", **tol)
    check_close(s.variance(ddof=1), 32.0 / 7.0, call="variance(ddof=1) after pushing [2, 4, 4, 4, 5, 5, 7, 9]", **tol)


def test_merge_different_means(worker, np_rng, tol):
    """Two parts centred at 0 and 5: the merged variance includes the spread between the means."""
    left, right = np_rng.normal(0.0, 1.0, size=500).tolist(), np_rng.normal(5.0, 3.0, size=300).tolist()
    report = worker.probe(merge_probe, [left, right], label="a (500 values).merge(b (300 values))")
    check_summary(report["merged"], left + right, "a.merge(b), a = 500 values from N(0, 1), b = 300 from N(5, 9)", tol)


def test_merge_many_and_keep_pushing(worker, np_rng, tol):
    """Four parts merged in a chain, then three more pushes into the merged summary."""
    parts = [np_rng.normal(mu, 1.0, size=n).tolist() for mu, n in [(-2.0, 50), (0.0, 1), (7.0, 120), (1.0, 30)]]
    report = worker.probe(merge_probe, parts, label="p0.merge(p1).merge(p2).merge(p3)")
    everything = [x for part in parts for x in part]
    check_summary(report["merged"], everything, "p0.merge(p1).merge(p2).merge(p3)", tol)
    check_summary(report["pushed"], everything + [1.0, 1.0, 1.0], "the merged summary after 3 more push(1.0)", tol)


def test_merge_leaves_parts_unchanged(worker, np_rng):
    """a.merge(b) returns a new summary; a and b report what they did before."""
    parts = [np_rng.normal(size=20).tolist(), np_rng.normal(size=15).tolist()]
    report = worker.probe(merge_probe, parts, label="a.merge(b)")
    check(report["before"] == report["after"],
          f"a.merge(b) changed a or b: before {report['before']}, after {report['after']}; return a new RunningStats")


@pytest.mark.edge
def test_large_offset(worker, np_rng, tol):
    """5,000 values 1e9 + N(0, 1): the variance (about 1) right to 1e-6; E[x^2] - E[x]^2 is off by ~100."""
    # Absolute 1e-6 as well: after 2 values the variance can be 0.003, and values near 1e9 carry
    # a rounding error of 1.2e-7 each, more than 1e-6 of that.
    values = (1e9 + np_rng.normal(0.0, 1.0, size=5000)).tolist()
    got = worker.probe(stream_probe, values, [2, 100, 5000], label="pushing 5,000 values 1e9 + N(0, 1)")
    for k, reply in zip([2, 100, 5000], got):
        check_summary(reply, values[:k], f"after pushing the first {k} values of 1e9 + N(0, 1)", tol,
                      var_rtol=1e-6, var_atol=1e-6)


@pytest.mark.edge
def test_large_offset_merge(worker, np_rng, tol):
    """Two halves on a 1e9 offset merged: still accurate."""
    left = (1e9 + np_rng.normal(0.0, 1.0, size=1000)).tolist()
    right = (1e9 + 3.0 + np_rng.normal(0.0, 2.0, size=700)).tolist()
    report = worker.probe(merge_probe, [left, right], label="merging two streams on a 1e9 offset")
    check_summary(report["merged"], left + right, "a.merge(b), both near 1e9", tol, var_rtol=1e-6, var_atol=1e-6)


@pytest.mark.edge
def test_constant_stream(worker, tol):
    """1,000 copies of 7.3: variance 0 (never negative)."""
    got = worker.probe(stream_probe, [7.3] * 1000, [1000], label="pushing 7.3 a thousand times")
    check_summary(got[0], [7.3] * 1000, "after pushing 7.3 a thousand times", tol)
    check(got[0][2] >= 0, f"variance() was {got[0][2]!r}: a variance is never negative")


@pytest.mark.edge
def test_empty(solution):
    """No values: count() is 0, mean() and variance() raise ValueError."""
    s = solution.RunningStats()
    check(s.count() == 0, "RunningStats().count() should be 0")
    expect_raises(ValueError, s.mean, call="RunningStats().mean()", why="no values yet")
    expect_raises(ValueError, s.variance, call="RunningStats().variance()", why="no values yet")


@pytest.mark.edge
def test_one_value(solution, tol):
    """One value: variance() is 0.0 and variance(1) raises ValueError (count must exceed ddof)."""
    s = solution.RunningStats()
    s.push(-3.25)
    check_close(s.mean(), -3.25, call="mean() after push(-3.25)", **tol)
    check_close(s.variance(), 0.0, call="variance() after push(-3.25)", **tol)
    expect_raises(ValueError, s.variance, 1, call="variance(1) after one push", why="count must be larger than ddof")


@pytest.mark.edge
def test_merge_with_empty(worker, tol):
    """Merging with an empty summary, on either side, changes nothing; empty with empty is empty."""
    data = [1.5, -2.0, 4.25]
    for parts, name in [([data, []], "a.merge(empty)"), ([[], data], "empty.merge(a)")]:
        report = worker.probe(merge_probe, parts, label=name)
        check_summary(report["merged"], data, name, tol)
    report = worker.probe(merge_probe, [[], []], label="empty.merge(empty)")
    check(report["merged"][0] == 0, f"empty.merge(empty).count() was {report['merged'][0]!r}; expected 0")


def aliasing_probe(module, left, right):
    """a.merge(b), then three pushes into the result: is the result a or b itself, and what do a
    and b report afterwards?"""

    def summary(s):
        n = s.count()
        return [n, s.mean() if n else None, s.variance() if n else None]

    a, b = module.RunningStats(), module.RunningStats()
    for x in left:
        a.push(x)
    for x in right:
        b.push(x)
    before = [summary(a), summary(b)]
    merged = a.merge(b)
    same = "a" if merged is a else "b" if merged is b else None
    for x in (100.0, -50.0, 7.0):
        merged.push(x)
    return {"before": before, "after": [summary(a), summary(b)], "is": same}


@pytest.mark.edge
@pytest.mark.parametrize("left,right", [([1.5, -2.0, 4.25], []), ([], [1.5, -2.0, 4.25]), ([1.0, 2.0], [3.0])],
                         ids=["other-empty", "self-empty", "both-full"])
def test_merge_result_is_a_new_object(worker, left, right):
    """merge returns a new RunningStats, even when one side is empty: pushing into the result later
    leaves both inputs as they were."""
    name = f"a.merge(b) with a = {left}, b = {right}"
    report = worker.probe(aliasing_probe, left, right, label=name)
    check(report["is"] is None, lambda: (
        f"{name} returned {report['is']} itself; merge must return a new RunningStats, so that pushing "
        f"into the result does not change {report['is']}"))
    check(report["after"] == report["before"], lambda: (
        f"{name}, then 3 pushes into the result, changed a or b: (count, mean, variance) of a and b were "
        f"{report['before']} before and {report['after']} after; the result must share no state with them"))


def push_all(module, values):
    """Push every value into one RunningStats, then read the mean and variance once."""
    stats = module.RunningStats()
    for x in values:
        stats.push(x)
    return stats.mean(), stats.variance()


def stream_of(n, rng):
    return ([rng.gauss(0.0, 1.0) for _ in range(n)],)


@pytest.mark.complexity
def test_time_per_push_is_constant(complexity):
    """Operations counted for n pushes and one query at 4 sizes: O(1) per push."""
    # CPU guard at 700 and 22,400 pushes. Measured on 2 cores, busy and not: the reference
    # 22-24x; the values kept with self._values = self._values + [x] (a copy of the whole list
    # per push, hidden in C) 702-844x, with the large call at about 0.4 s; the old guard of 500 read
    # 281-483x for it. Values kept in a numpy array grown with np.append read 30-55x at 500 and
    # 127-219x at 1,000 to 2,000 (numpy's fixed cost per call, about 2 us, dwarfs copying 8 bytes
    # per value) and time out at 3,000; the space test fails everything that keeps the values.
    complexity.time(push_all, stream_of, sizes=(250, 500, 1000, 2000), target="O(n)", guard_size=700,
                    label="n pushes into RunningStats")


@pytest.mark.complexity
def test_memory_does_not_grow_with_the_stream(complexity):
    """Peak extra memory while pushing n values: a summary, not a copy of the stream."""
    complexity.space(push_all, stream_of, sizes=tuple(fact("space_sizes")), target="O(1)",
                     label="n pushes into RunningStats")
