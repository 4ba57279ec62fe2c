"""Hidden tests for median_finder: scripted and random sequences against a sorted-list oracle,
the edge cases (no values, one value, duplicates, extremes), and counted and timed work for n
adds each followed by a median.

Short scripts call the submission's MedianFinder one method at a time. Long sequences run inside
the worker through a probe that applies the whole list and sends back what each call returned;
the oracle replay and every verdict happen here.
"""

import pytest
from support import check_sequence, history_text, run_with_handles

from harness.authoring import SubmissionFailure, check, expect_raises, fact, short_repr, strict_equal


def _run_ops(module, ops):
    """Apply ops to one new MedianFinder in the worker; return every call's result, and where
    the first exception (if any) happened with its line in solution.py."""
    import traceback

    results, raised = [], None
    i = -1
    try:
        mf = module.MedianFinder()
        add, median = mf.add, mf.median
        for i, op in enumerate(ops):
            results.append(add(op[1]) if op[0] == "add" else median())
    except Exception as exc:
        lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == module.__file__]
        where = f" (solution.py, line {lines[-1]})" if lines else ""
        raised = [i, f"{type(exc).__name__}: {exc}"[:300] + where]
    return {"results": results, "raised": raised}


def run_and_check(worker, ops):
    """Run ops in one probe and judge the results against the oracle."""
    label = f"{history_text(ops, [], len(ops))} (one probe)"
    try:
        report = worker.probe(_run_ops, ops, label=label)
    except SubmissionFailure as exc:
        check(False, str(exc))
    check_sequence(ops, report["results"], report["raised"])


def script_and_check(solution, ops):
    results, raised = run_with_handles(solution, ops)
    check_sequence(ops, results, raised)


def random_ops(rng, n_adds, low, high, median_rate=0.7):
    """n_adds adds of values in [low, high]; after each, a median with probability median_rate."""
    ops = []
    for _ in range(n_adds):
        ops.append(("add", rng.randint(low, high)))
        if rng.random() < median_rate:
            ops.append(("median",))
    return ops


# --- correctness -------------------------------------------------------------------------------


def test_scripted(solution):
    """The prompt's example, one call at a time."""
    script_and_check(solution, [("add", 1), ("median",), ("add", 2), ("median",), ("add", 3), ("median",),
                                ("add", -10), ("median",)])


@pytest.mark.parametrize("batch", range(4))
def test_random_short(worker, rng, batch):
    """Random sequences of up to 30 adds, a median after most of them."""
    for _ in range(30):
        run_and_check(worker, random_ops(rng, rng.randint(1, 30), -50, 50))


@pytest.mark.parametrize("n", [2_000, 10_000])
def test_random_long(worker, rng, n):
    """Long random sequences over the whole value range."""
    run_and_check(worker, random_ops(rng, n, -10**9, 10**9, median_rate=0.5))


@pytest.mark.parametrize("order", ["ascending", "descending"])
def test_sorted_input(worker, rng, order):
    """Values arriving in sorted order: every new value lands on the same side of the median."""
    values = sorted(rng.sample(range(-10**6, 10**6), 3_000), reverse=order == "descending")
    ops = []
    for x in values:
        ops += [("add", x), ("median",)]
    run_and_check(worker, ops)


def test_alternating_sides(worker, rng):
    """Values alternating far below and far above everything so far."""
    ops = []
    for k in range(1, 1_500):
        ops += [("add", -k * 1000 + rng.randint(0, 9)), ("median",), ("add", k * 1000 + rng.randint(0, 9)),
                ("median",)]
    run_and_check(worker, ops)


def test_median_only_at_end(worker, rng):
    """Many adds with no median between them, then one median."""
    ops = random_ops(rng, 5_001, -10**9, 10**9, median_rate=0.0) + [("median",)]
    run_and_check(worker, ops)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_empty_raises_value_error(solution):
    """median() before any add raises ValueError."""
    expect_raises(ValueError, solution.MedianFinder().median, call="mf = MedianFinder(); mf.median()",
                  why="there are no values yet")


@pytest.mark.edge
def test_empty_after_another_finder(solution):
    """A new finder is empty even after another one has received values (no shared storage)."""
    first = solution.MedianFinder()
    for x in (4, 8, 15):
        first.add(x)
    expect_raises(ValueError, solution.MedianFinder().median,
                  call="other = MedianFinder(); other.add(4); other.add(8); other.add(15); mf = MedianFinder(); "
                       "mf.median()", why="there are no values yet")


def _two_finders(module):
    a, b = module.MedianFinder(), module.MedianFinder()
    a.add(1)
    b.add(100)
    b.add(200)
    return [a.median(), b.median()]


@pytest.mark.edge
def test_independent_finders(worker):
    """Two MedianFinder objects keep separate values."""
    got = worker.probe(_two_finders, label="two MedianFinder objects")
    check(strict_equal(got, [1.0, 150.0]),
          f"a = MedianFinder(); b = MedianFinder(); a.add(1); b.add(100); b.add(200); then a.median(), "
          f"b.median() returned {short_repr(got, 60)}; expected [1.0, 150.0]: each finder has its own values "
          "(keep them in attributes set in __init__, not in class attributes)")


@pytest.mark.edge
@pytest.mark.parametrize("x", [7, 0, -3, 10**9], ids=["positive", "zero", "negative", "largest"])
def test_single_value(solution, x):
    """One value: the median is that value, as a float."""
    script_and_check(solution, [("add", x), ("median",)])


@pytest.mark.edge
@pytest.mark.parametrize("ops", [
    [("add", 1), ("add", 2), ("median",)],
    [("add", -1), ("add", -2), ("median",)],
    [("add", 0), ("add", 3), ("median",), ("add", 4), ("add", 1), ("median",)],
], ids=["one-and-a-half", "negative-half", "halves"])
def test_even_count_average(solution, ops):
    """Two middle values whose average is not an int: a float with .5, never rounded."""
    script_and_check(solution, ops)


@pytest.mark.edge
def test_duplicates(solution):
    """The same value many times, then others around it: every copy counts."""
    script_and_check(solution, [("add", 5), ("add", 5), ("median",), ("add", 5), ("median",), ("add", 1),
                                ("add", 1), ("median",), ("add", 1), ("median",), ("add", 9), ("median",)])


@pytest.mark.edge
def test_random_few_values(worker, rng):
    """Random sequences over three values, so the middle pair is often equal."""
    for _ in range(20):
        run_and_check(worker, random_ops(rng, rng.randint(2, 25), -1, 1, median_rate=0.9))


@pytest.mark.edge
@pytest.mark.parametrize("ops", [
    [("add", 10**9), ("add", -10**9), ("median",)],
    [("add", 10**9), ("add", 10**9 - 1), ("median",)],
    [("add", -10**9), ("add", -10**9 + 1), ("add", -10**9), ("median",), ("add", 10**9), ("median",)],
], ids=["opposite-extremes", "top-half", "bottom"])
def test_extremes(solution, ops):
    """The ends of the value range."""
    script_and_check(solution, ops)


@pytest.mark.edge
def test_median_changes_nothing(solution):
    """median() called several times in a row gives the same answer and changes no state."""
    script_and_check(solution, [("add", 3), ("add", 1), ("median",), ("median",), ("median",), ("add", 2),
                                ("median",), ("median",)])


# --- complexity --------------------------------------------------------------------------------


def _add_then_median(module, nums):
    """n adds on one new finder, each followed by a median."""
    mf = module.MedianFinder()
    for x in nums:
        mf.add(x)
        mf.median()


def worst_case(n, rng):
    """n distinct values in decreasing order: each value is a new minimum, so it crosses to the
    lower half and shifts everything after it in a sorted Python list."""
    top = rng.randrange(-10**9 + 3 * n, 10**9)
    return (list(range(top, top - 3 * n, -3)),)


@pytest.mark.complexity
def test_time_of_adds_and_medians(complexity):
    """Operations counted for n adds each followed by a median, then CPU time at 2,000 and 64,000."""
    complexity.time(_add_then_median, worst_case, sizes=tuple(fact("time_sizes")), target="O(n log n)",
                    guard_size=fact("cpu_check_size"), label="n adds, each followed by median()")
