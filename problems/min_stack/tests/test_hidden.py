"""Hidden tests for min_stack: scripted and random operation sequences against a plain list,
the edge cases (empty stack, duplicates of the minimum, extremes, zero), and counted work for n
pushes followed by n pops.

Short scripts call the submission's MinStack one method at a time. Long sequences run inside the
worker through a probe that applies the whole list and sends back what each call returned or
raised; the oracle replay and every verdict happen here. Correctness tests use distinct values
and never touch an empty stack; duplicates and empty stacks belong to the edge tests.
"""

import pytest
from support import check_sequence, history_text, run_with_handles

from harness.authoring import SubmissionFailure, check, fact, short_repr, strict_equal


def _run_ops(module, ops):
    """Apply ops to one new MinStack in the worker. Each call's outcome is ["ok", value] or
    ["raised", type name, "Type: message (solution.py, line n)"]; a raise does not stop the run."""
    import traceback

    def where(exc):
        lines = [f.lineno for f in traceback.extract_tb(exc.__traceback__) if f.filename == module.__file__]
        return f" (solution.py, line {lines[-1]})" if lines else ""

    try:
        stack = module.MinStack()
    except Exception as exc:
        return {"results": [], "failed": [-1, f"raised {type(exc).__name__}: {exc}"[:300] + where(exc)]}
    methods = {name: getattr(stack, name, None) for name in ("push", "pop", "top", "get_min")}
    results = []
    for op in ops:
        try:
            results.append(["ok", methods[op[0]](*op[1:])])
        except Exception as exc:
            results.append(["raised", type(exc).__name__, f"{type(exc).__name__}: {exc}"[:300] + where(exc)])
    return {"results": results, "failed": None}


def run_and_check(worker, ops):
    """Run ops in one probe and judge the outcomes against the oracle."""
    label = f"{history_text(ops, [], len(ops))} (one probe)"
    try:
        report = worker.probe(_run_ops, ops, label=label)
    except SubmissionFailure as exc:
        check(False, str(exc))
    check_sequence(ops, report["results"], report["failed"])


def script_and_check(solution, ops):
    results, failed = run_with_handles(solution, ops)
    check_sequence(ops, results, failed)


def random_ops(rng, n, pool, allow_empty=False):
    """n random operations; push values are drawn from pool (a list, or None for distinct values).
    Unless allow_empty, pop, top and get_min only happen on a non-empty stack."""
    ops, size, fresh = [], 0, iter(rng.sample(range(-10**9, 10**9), n)) if pool is None else None
    for _ in range(n):
        kind = rng.random()
        if size == 0 and not allow_empty or kind < 0.4:
            ops.append(("push", next(fresh) if pool is None else rng.choice(pool)))
            size += 1
        elif kind < 0.65:
            ops.append(("pop",))
            size = max(size - 1, 0)
        elif kind < 0.8:
            ops.append(("top",))
        else:
            ops.append(("get_min",))
    return ops


# --- correctness -------------------------------------------------------------------------------


def test_scripted(solution):
    """The prompt's example, one call at a time (up to the empty stack)."""
    script_and_check(solution, [("push", 5), ("push", 2), ("push", 7), ("get_min",), ("top",), ("pop",), ("pop",),
                                ("get_min",), ("top",)])


@pytest.mark.parametrize("batch", range(3))
def test_random_short(worker, rng, batch):
    """Random sequences of up to 40 operations on distinct values."""
    for _ in range(15):
        run_and_check(worker, random_ops(rng, rng.randint(1, 40), None))


@pytest.mark.parametrize("n", [2_000, 10_000])
def test_random_long(worker, rng, n):
    """Long random sequences on distinct values over the whole range."""
    run_and_check(worker, random_ops(rng, n, None))


def test_minimum_returns_after_pops(worker, rng):
    """Sawtooth: climb, dive to a new minimum, pop back up; the older minima come back in turn."""
    values = iter(rng.sample(range(-10**6, 10**6), 4_000))
    ops = []
    for _ in range(40):
        for _ in range(30):
            ops += [("push", next(values)), ("get_min",)]
        for _ in range(20):
            ops += [("pop",), ("get_min",), ("top",)]
    run_and_check(worker, ops)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("op", ["pop", "top", "get_min"])
def test_empty_stack_raises(solution, op):
    """pop, top and get_min on a new, empty stack raise IndexError."""
    script_and_check(solution, [(op,)])


@pytest.mark.edge
def test_emptied_stack_raises_and_recovers(solution):
    """A stack emptied by pops raises IndexError, and then works again after a push."""
    script_and_check(solution, [("push", 4), ("push", 2), ("pop",), ("pop",), ("top",), ("get_min",), ("pop",),
                                ("push", 9), ("get_min",), ("top",)])


@pytest.mark.edge
@pytest.mark.parametrize("ops", [
    [("push", 1), ("push", 1), ("pop",), ("get_min",)],
    [("push", 2), ("push", 1), ("push", 1), ("pop",), ("get_min",), ("pop",), ("get_min",)],
    [("push", 3), ("push", 3), ("push", 3), ("pop",), ("pop",), ("get_min",), ("top",)],
    [("push", 5), ("push", 1), ("push", 6), ("push", 1), ("pop",), ("get_min",), ("pop",), ("get_min",)],
], ids=["twin", "twin-over-larger", "triple", "twin-apart"])
def test_duplicate_minimum(solution, ops):
    """Equal minima each count: popping one leaves the other as the minimum."""
    script_and_check(solution, ops)


@pytest.mark.edge
@pytest.mark.parametrize("batch", range(2))
def test_random_few_values(worker, rng, batch):
    """Random sequences over three values (duplicates everywhere), empty stacks included."""
    for _ in range(10):
        run_and_check(worker, random_ops(rng, rng.randint(5, 60), [-1, 0, 1], allow_empty=True))


@pytest.mark.edge
@pytest.mark.parametrize("ops", [
    [("push", 0), ("get_min",), ("push", 5), ("get_min",), ("push", -1), ("pop",), ("get_min",)],
    [("push", 10**9), ("push", -10**9), ("get_min",), ("pop",), ("get_min",), ("top",)],
    [("push", -10**9), ("push", -10**9), ("push", 10**9), ("get_min",), ("pop",), ("pop",), ("get_min",)],
], ids=["zero", "extremes", "negative-twins"])
def test_zero_and_extremes(solution, ops):
    """0 is a value like any other (not 'no minimum'); the ends of the value range."""
    script_and_check(solution, ops)


@pytest.mark.edge
def test_reads_change_nothing(solution):
    """top and get_min, called again and again, change nothing."""
    script_and_check(solution, [("push", 3), ("push", 1), ("top",), ("top",), ("get_min",), ("get_min",),
                                ("pop",), ("top",), ("get_min",)])


def _two_stacks(module):
    a, b = module.MinStack(), module.MinStack()
    a.push(10)
    b.push(-5)
    b.push(20)
    return [a.get_min(), b.get_min(), a.top(), b.top()]


@pytest.mark.edge
def test_independent_stacks(worker):
    """Two MinStack objects keep separate values."""
    got = worker.probe(_two_stacks, label="two MinStack objects")
    check(strict_equal(got, [10, -5, 10, 20]),
          f"a = MinStack(); b = MinStack(); a.push(10); b.push(-5); b.push(20); then a.get_min(), b.get_min(), "
          f"a.top(), b.top() returned {short_repr(got, 60)}; expected [10, -5, 10, 20]: each stack has its own "
          "values (keep them in attributes set in __init__, not in class attributes)")


# --- complexity --------------------------------------------------------------------------------


def _push_then_drain(module, values):
    """n pushes, each followed by get_min; then n rounds of top, get_min and pop."""
    stack = module.MinStack()
    for x in values:
        stack.push(x)
        stack.get_min()
    for _ in values:
        stack.top()
        stack.get_min()
        stack.pop()


def worst_case(n, rng):
    """n distinct values in decreasing order: every push is a new minimum and every pop removes
    the current minimum."""
    top = rng.randrange(-10**9 + 3 * n, 10**9)
    return (list(range(top, top - 3 * n, -3)),)


@pytest.mark.complexity
def test_time_of_pushes_and_pops(complexity):
    """Operations counted for n pushes and n pops (with top and get_min between), at 4 sizes."""
    complexity.time(_push_then_drain, worst_case, sizes=tuple(fact("time_sizes")), target="O(n)",
                    label="n pushes, then n pops")
