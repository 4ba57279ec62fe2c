"""harness.complexity against a labelled corpus, plus unit tests of its classifiers and guards."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import textwrap
import time
import tracemalloc
from pathlib import Path

import pytest

from harness.complexity.classify import (
    GUARD_MIN_TIMED_SECONDS,
    GUARD_QUADRATIC_RATIO,
    classify_bytes,
    classify_counts,
    classify_depths,
    cpu_guard_verdict,
    guard_batch,
    guard_batches,
)
from harness.complexity.counting import (
    CountedInt,
    TraceTampered,
    count_events,
    measure_time,
    wrap_counted,
)
from harness.complexity.evidence import GuardEvidence, SpaceEvidence, TimeEvidence
from harness.complexity.explain import explain
from harness.complexity.growth import Growth
from harness.complexity.guard import measure_cpu_guard, process_cpu_seconds
from harness.complexity.space import measure_space

sys.path.insert(0, str(Path(__file__).resolve().parent))
from complexity_corpus import cases as corpus

# A fixed seed keeps a failure replayable; COMPLEXITY_SEED=<n> runs the corpus on other inputs
# (the benchmark runs many seeds).
SEED = int(os.environ.get("COMPLEXITY_SEED", "20240611"))
CASES = corpus.CASES
IDS = [case.name for case in CASES]


def measure_case_time(case: corpus.Case) -> TimeEvidence:
    """What a grade does: count events; if that says less than O(n^2), add the CPU guard."""
    evidence = measure_time(case.func, case.make_args, case.sizes,
                            budget_per_size=case.budget, fresh=case.fresh)
    if (case.guard_n is not None and not evidence.tampered
            and evidence.count_growth < Growth.QUADRATIC):
        guard = measure_cpu_guard(case.func, case.make_args, case.guard_n, fresh=case.fresh)
        evidence = evidence.with_guard(guard)
    return evidence


@pytest.fixture(autouse=True)
def _seeded():
    corpus.reseed(SEED)


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------

def test_corpus_is_large_and_labelled():
    assert len(CASES) >= 40
    assert len(set(IDS)) == len(IDS)
    for case in CASES:
        assert case.caught_by in {"count", "guard", "none"}, case.name
        if case.measured_time is not None or case.measured_space is not None:
            # Every case the harness cannot see says so, and why.
            assert case.measured_time != case.time or case.measured_space != case.space
            assert case.note, case.name
        if case.caught_by == "none" and not case.tamper:
            assert case.measured_time is not None and case.measured_time != case.time
    classes = {case.time for case in CASES}
    assert classes == set(Growth), "every time class is represented"
    names = set(IDS)
    traps = {"sort_builtin", "duplicate_via_slice", "build_by_insert_front", "queue_pop_front",
             "prepend_string", "recursive_sum", "two_sum_dict", "two_sum_brute",
             "binary_search", "linear_search", "bisect_lookup", "heap_push", "np_sort",
             "np_cumsum", "first_negative", "bubble_sort", "tamper_settrace_none",
             "distinct_count_cached", "climb_stairs_memo"}
    assert traps <= names


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_time_class(case: corpus.Case):
    evidence = measure_case_time(case)
    detail = f"seed {SEED}: {evidence.to_dict()}"
    if case.tamper:
        assert evidence.tampered, detail
        assert evidence.growth is Growth.WORSE
        assert not evidence.meets(Growth.WORSE), "a tampered run meets no target"
        assert "tampered" in explain(evidence, Growth.LINEAR)
        return
    assert evidence.tampered is None, detail
    assert evidence.growth is case.expected_time, detail
    if case.caught_by == "count":
        assert evidence.count_growth is case.expected_time, detail
    elif case.caught_by == "guard":
        # Counting alone misses it; the guard's CPU-time bound is what raises it.
        assert evidence.count_growth < case.expected_time, detail
        assert evidence.guard is not None and evidence.guard.bound is case.expected_time, detail
        assert evidence.caught_by_guard
    text = explain(evidence, case.expected_time)
    assert text.endswith(f"Target {case.expected_time.value}: met."), text


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_space_class(case: corpus.Case):
    evidence = measure_space(case.func, case.make_args, case.space_sizes_or_default,
                             fresh=case.fresh)
    assert evidence.tampered is None
    assert evidence.growth is case.expected_space, f"seed {SEED}: {evidence.to_dict()}"


# --------------------------------------------------------------------------------------------
# Worst-case inputs and caches
# --------------------------------------------------------------------------------------------

def test_best_case_input_hides_the_cost():
    # The same early-exit function looks O(1) on a best-case input: why generators must be
    # worst cases.
    def negative_first(n):
        nums = corpus.distinct(n)
        nums[0] = -5
        return (nums,), {}

    best = measure_time(corpus.first_negative, negative_first, corpus.sizes(256),
                        budget_per_size=100_000)
    worst = measure_time(corpus.first_negative, corpus.args_list(corpus.distinct),
                         corpus.sizes(256), budget_per_size=100_000)
    assert best.growth is Growth.CONSTANT
    assert worst.growth is Growth.LINEAR
    sorted_input = measure_time(corpus.bubble_sort, corpus.args_list(corpus.ascending),
                                corpus.sizes(32), budget_per_size=400_000)
    assert sorted_input.growth is Growth.LINEAR


def test_module_memo_would_hide_work_without_a_fresh_module():
    climb = corpus.fresh_climb_stairs()
    first = count_events(climb, (CountedInt(2000),), budget=10**6)
    again = count_events(climb, (CountedInt(2000),), budget=10**6)
    assert again * 50 < first, "the memo makes a repeated call nearly free"
    loaded = []

    def fresh():
        loaded.append(1)
        return corpus.fresh_climb_stairs()

    evidence = measure_time(climb, corpus.number, corpus.sizes(256), budget_per_size=10**6,
                            fresh=fresh)
    assert evidence.growth is Growth.LINEAR
    assert len(loaded) == 4 + 1, "one fresh module per size, plus one for the warm-up"


def test_functools_caches_are_cleared_between_sizes():
    corpus.fib_cached(300)  # fill the cache: without clearing, every measured size is O(1)
    evidence = measure_time(corpus.fib_cached, corpus.number, corpus.sizes(32),
                            budget_per_size=100_000)
    assert evidence.growth is Growth.LINEAR
    assert evidence.counts[-1] > 100, "a cached fib(256) would be a handful of events"


# --------------------------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------------------------

def _three_lines(x):
    y = x + 1
    z = y * 2
    return z


def test_count_events_counts_calls_and_lines_exactly():
    assert count_events(_three_lines, (1,), budget=100) == 1 + 3
    # Nested calls count too: outer call + its line, and the inner 1 + 3.
    assert count_events(lambda: _three_lines(1), (), budget=100) == 2 + 4


def test_work_inside_c_builtins_is_counted_through_counted_ints():
    plain = list(range(1000, 0, -1))
    wrapped = wrap_counted(plain)
    assert count_events(sorted, (plain,), budget=10**6) == 0  # sorted is C: nothing seen
    counted = count_events(sorted, (wrapped,), budget=10**6)
    assert counted >= 2 * 999, "each comparison is a call + a line"
    assert count_events(lambda xs: -1 in xs, (wrapped,), budget=10**6) >= 2 * 1000
    assert count_events(sum, (wrapped,), budget=10**6) == 2 * 1000
    assert count_events(lambda xs: len(set(xs)), (wrapped,), budget=10**6) >= 2 * 1000


def test_budget_cut_returns_none_and_restores_the_tracer():
    def previous(frame, event, arg):
        return None

    sys.settrace(previous)
    try:
        assert count_events(corpus.two_sum_brute, wrap_counted(([2] * 400, 1)),
                            budget=5_000) is None
        assert sys.gettrace() is previous
    finally:
        sys.settrace(None)


def test_budget_cut_survives_a_submission_that_swallows_everything():
    def stubborn(nums):
        for i in range(len(nums)):
            try:
                for j in range(len(nums)):
                    _ = nums[i] < nums[j]
            except BaseException:  # noqa: BLE001, S110 - what a hostile submission would do
                pass
        return 0

    assert count_events(stubborn, (wrap_counted(list(range(200))),), budget=2_000) is None
    assert sys.gettrace() is None


def test_settrace_none_is_tampering_not_speed():
    with pytest.raises(TraceTampered, match="settrace"):
        count_events(corpus.tamper_settrace_none, wrap_counted(([2] * 50, 1)),
                     budget=10**6)
    assert sys.gettrace() is None
    assert sys.settrace is corpus._real_settrace, "patched functions are put back"


def test_exceptions_from_the_function_propagate():
    with pytest.raises(ZeroDivisionError):
        count_events(lambda: 1 // 0, (), budget=100)
    assert sys.gettrace() is None


def test_generators_are_consumed_inside_the_measurement():
    def gen(n):
        for i in range(n):
            yield i * i

    assert count_events(gen, (100,), budget=10**5) > 200


def test_wrap_counted_keeps_values_and_structure():
    shared = [1, 2]
    value = {"a": [1, True, 2.5, "s", (3, shared)], 7: {4, 5}, "b": shared}
    wrapped = wrap_counted(value)
    assert wrapped == value
    assert type(wrapped[7].pop()) is CountedInt
    assert wrapped["a"][1] is True and type(wrapped["a"][2]) is float
    assert type(next(iter(k for k in wrapped if k == 7))) is CountedInt
    assert wrapped["a"][4][1] is wrapped["b"], "shared lists stay shared"
    x = CountedInt(5)
    assert {5: "five"}[x] == "five" and x in {5} and hash(x) == hash(5)
    assert type(x + 1) is int and x - 1 == 4 and 2 * x == 10


# --------------------------------------------------------------------------------------------
# Classifiers with synthetic numbers
# --------------------------------------------------------------------------------------------

def _series(first, f):
    sizes = corpus.sizes(first)
    return sizes, [round(f(n)) for n in sizes]


@pytest.mark.parametrize("first", [16, 64, 256, 2048])
@pytest.mark.parametrize(("growth", "f"), [
    (Growth.CONSTANT, lambda n: 40),
    (Growth.LOG, lambda n: 30 + 7 * math.log2(n)),
    (Growth.LINEAR, lambda n: 12 + 5 * n),
    (Growth.LINEAR, lambda n: 3 * n + 9 * math.log2(n)),
    (Growth.LINEARITHMIC, lambda n: 2 * n * math.log2(n)),
    (Growth.LINEARITHMIC, lambda n: 2 * n * math.log2(n) - 1.4 * n),  # timsort comparisons
    (Growth.QUADRATIC, lambda n: 0.5 * n * n + 20 * n),
    (Growth.QUADRATIC, lambda n: 3 * n * n),
    (Growth.WORSE, lambda n: n ** 3 / 6),
])
def test_classify_counts_synthetic(first, growth, f):
    sizes, counts = _series(first, f)
    assert classify_counts(sizes, counts) is growth


def test_classify_counts_noise_and_edges():
    sizes = corpus.sizes(100)
    assert classify_counts(sizes, [10, 9, 11, 10]) is Growth.CONSTANT
    assert classify_counts(sizes, [10, 10, 10, 11]) is Growth.CONSTANT
    assert classify_counts(sizes, [10, 13, 16, 19]) is Growth.LOG
    assert classify_counts(corpus.sizes(100)[:3], [100, 200, 300]) is Growth.LOG
    assert classify_counts(corpus.sizes(100)[:3], [100, 300, 700]) is Growth.LINEAR


_SHAPES = {
    Growth.CONSTANT: lambda n: 860,
    Growth.LOG: lambda n: 300 + 25 * math.log2(n),
    Growth.LINEAR: lambda n: 40 + 9 * n,
    Growth.LINEARITHMIC: lambda n: 3 * n * math.log2(n),
    Growth.QUADRATIC: lambda n: 0.5 * n * n + 20 * n,
    Growth.WORSE: lambda n: n ** 3 / 6,
}


@pytest.mark.parametrize("first", [40, 250, 1000])
@pytest.mark.parametrize("noise", [0.0, 0.002, 0.01, 0.03])
@pytest.mark.parametrize("growth", list(_SHAPES))
def test_noisy_series_never_read_worse_than_they_are(first, noise, growth):
    """Every class with multiplicative noise, over seeds: exact when nearly clean, never above
    the next class up when noisy, and flat or falling work never above O(log n)."""
    import random

    sizes = corpus.sizes(first)
    for seed in range(8):
        rng = random.Random(seed)
        counts = [max(1, round(_SHAPES[growth](n) * (1 + rng.uniform(-noise, noise))))
                  for n in sizes]
        got = classify_counts(sizes, counts)
        if noise <= 0.002:
            assert got is growth, (counts, got)
        elif growth <= Growth.LOG:
            assert got <= Growth.LOG, (counts, got)
        else:
            assert abs(got.rank - growth.rank) <= 1, (counts, got)
        evidence = TimeEvidence(sizes=sizes, counts=tuple(counts), budget_per_size=10**12)
        _assert_prose_agrees(explain(evidence, growth), got)


def _assert_prose_agrees(text, got):
    import re

    assert f"{got.value}" in text
    for factor, ratio in re.findall(r"(\d+)x input gave ([\d.]+)x work", text):
        if got <= Growth.LOG:
            assert float(ratio) < math.sqrt(int(factor)), text
        else:
            assert float(ratio) >= math.sqrt(int(factor)), text
    if got <= Growth.LOG:
        assert "doubled" not in text, text


@pytest.mark.parametrize("counts", [
    (863, 851, 849, 881), (851, 849, 881, 863), (849, 863, 881, 851),  # a two-ended BFS
    (900, 880, 850, 800), (5000, 4000, 3000, 2000), (40, 40, 40, 40), (850, 855, 860, 881),
])
def test_flat_falling_and_noisy_flat_work_is_sublinear(counts):
    sizes = corpus.sizes(250)
    got = classify_counts(sizes, counts)
    assert got <= Growth.LOG, got
    text = explain(TimeEvidence(sizes=sizes, counts=counts, budget_per_size=10**6), Growth.LINEAR)
    _assert_prose_agrees(text, got)
    assert "quadratic" not in text and "n log n" not in text and text.endswith("met.")


def test_a_noisy_step_does_not_fake_a_steep_slope():
    # Must fail: clean quadratic stays quadratic. Must pass: linear with one step that fell.
    sizes = corpus.sizes(250)
    assert classify_counts(sizes, [1000, 990, 4000, 8000]) is Growth.LINEAR
    assert classify_counts(sizes, [62_500, 250_000, 1_000_000, 4_000_000]) is Growth.QUADRATIC
    assert classify_counts(sizes, [60_000, 59_000, 1_000_000, 4_000_000]) is Growth.QUADRATIC


def test_a_stack_no_deeper_than_n_is_linear_space():
    sizes = (600, 1200, 2400, 4800)
    # Must pass an O(n) target: a DFS whose depth grew unevenly but never past n frames.
    assert classify_depths(sizes, (36, 80, 300, 1500)) is Growth.LINEAR
    assert classify_depths(sizes, (71, 69, 81, 192)) <= Growth.LINEAR
    # Must fail it: a stack deeper than n (more frames than items) keeps its class.
    assert classify_depths(sizes, (600, 2400, 9600, 38400)) is Growth.QUADRATIC
    space = SpaceEvidence(sizes=sizes, aux_bytes=(24000, 48000, 96000, 190000),
                          output_bytes=(0,) * 4, depths=(36, 80, 300, 1500))
    assert space.growth is Growth.LINEAR and "O(n log n)" not in explain(space, Growth.LINEAR)


def test_classify_counts_over_budget():
    sizes = corpus.sizes(100)
    # Linear at the sizes that finished, then cut: at least quadratic.
    assert classify_counts(sizes, [1000, 2000, 4000, None]) is Growth.QUADRATIC
    # Already quadratic before the cut: nothing shows it is within n^2.
    assert classify_counts(sizes, [10_000, 40_000, 160_000, None]) is Growth.WORSE
    assert classify_counts(sizes, [10_000, 40_000, None, None]) is Growth.WORSE
    assert classify_counts(sizes, [10_000, 20_000, None, None]) is Growth.QUADRATIC
    assert classify_counts(sizes, [10_000, None, None, None]) is Growth.WORSE
    assert classify_counts(sizes, [None] * 4) is Growth.WORSE


@pytest.mark.parametrize(("sizes", "counts"), [
    ((100, 200), (1, 2)),
    ((100, 200, 300, 400), (1, 2, 3, 4)),
    ((0, 0, 0), (1, 1, 1)),
    ((100, 200, 400), (1, 2)),
])
def test_classify_counts_rejects_bad_sizes(sizes, counts):
    with pytest.raises(ValueError, match="sizes|counts"):
        classify_counts(sizes, counts)


def test_classify_bytes():
    sizes = corpus.sizes(128)
    assert classify_bytes(sizes, [512, 544, 520, 700]) is Growth.CONSTANT
    assert classify_bytes(sizes, [1024 * 8, 2048 * 8, 4096 * 8, 8192 * 8]) is Growth.LINEAR
    # A set's table quadruples every other doubling; still linear.
    assert classify_bytes(sizes, [10840, 41560, 41560, 164440]) is Growth.LINEAR
    assert classify_bytes(sizes, [8 * n * n for n in sizes]) is Growth.QUADRATIC
    assert classify_bytes(sizes, [n ** 3 for n in sizes]) is Growth.WORSE


@pytest.mark.parametrize(("t_small", "t_large", "bound"), [
    (1e-3, 32e-3, Growth.LINEAR),           # linear
    (1e-3, 55e-3, Growth.LINEAR),           # n log n: time cannot say more than "at least n"
    (1e-3, 150e-3, Growth.LINEAR),          # n log n with cache misses
    (1e-3, 0.3, Growth.QUADRATIC),          # hidden copying
    (1e-3, 1.024, Growth.QUADRATIC),
    (2e-6, 6e-6, None),                     # log n
    (2e-6, 40e-6, None),                    # 20x, but only cold-cache microseconds
    (1e-7, 150e-6, None),                   # huge ratio of tiny numbers is noise
    (1e-6, 0.9e-3, Growth.LINEAR),          # not enough extra time for a quadratic claim
    (0.0, 1e-3, Growth.LINEAR),             # t_small untimeable: no quadratic claim
    (5e-6, 0.1, Growth.LINEAR),
])
def test_cpu_guard_verdict(t_small, t_large, bound):
    # Timed as a batch long enough to trust (a claim from one short call is tested below).
    assert cpu_guard_verdict(t_small, t_large, batch=guard_batch(t_small)) is bound


@pytest.mark.parametrize(("t_small", "batch", "bound"), [
    (0.23e-3, 1, Growth.LINEAR),        # the 0.23 ms prepend_string call: too short alone
    (0.23e-3, 9, Growth.QUADRATIC),     # the same, timed as 9 calls back to back: 2.07 ms
    (1e-3, 1, Growth.LINEAR),
    (1e-3, 2, Growth.QUADRATIC),
    (2.5e-3, 1, Growth.QUADRATIC),
])
def test_a_quadratic_claim_needs_a_window_long_enough_to_time(t_small, batch, bound):
    assert t_small * guard_batch(t_small) >= GUARD_MIN_TIMED_SECONDS
    assert cpu_guard_verdict(t_small, t_small * 1000, batch=batch) is bound


def test_a_quadratic_claim_needs_a_large_window_long_enough_to_time_too():
    # Factor 8 (quadratic from ~28x): 20 us per small call timed 100 at a time, 1.5 ms for one
    # large call. Must not claim from one large call under 2 ms; must once it is batched.
    assert cpu_guard_verdict(2e-5, 1.5e-3, factor=8, batch=100) is Growth.LINEAR
    assert cpu_guard_verdict(2e-5, 1.5e-3, factor=8, batch=100, batch_large=3) is Growth.QUADRATIC
    assert guard_batches(2e-5, 1.5e-3, 8, 100, 1) == (100, 3)
    assert guard_batches(6e-6, 12e-6, 32, 1, 1) == (1, 1)  # nothing in sight: nothing re-timed
    assert guard_batches(6e-6, 0.2e-3, 32, 1, 1) == (guard_batch(6e-6), 1)  # a linear claim


def test_cpu_guard_threshold_is_the_documented_one():
    assert pytest.approx(math.sqrt(48 * 1024), rel=0.01) == GUARD_QUADRATIC_RATIO
    assert cpu_guard_verdict(1e-2, 1e-2 * 230) is Growth.QUADRATIC
    assert cpu_guard_verdict(1e-2, 1e-2 * 215) is Growth.LINEAR
    # Other factors scale the same way: 8x input, quadratic is 64x.
    assert cpu_guard_verdict(1e-2, 0.64, factor=8) is Growth.QUADRATIC
    assert cpu_guard_verdict(1e-2, 0.08, factor=8) is Growth.LINEAR
    with pytest.raises(ValueError, match="cannot be negative"):
        cpu_guard_verdict(-1.0, 1.0)


# --------------------------------------------------------------------------------------------
# Growth, evidence, explanations
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "growth"), [
    ("O(1)", Growth.CONSTANT), ("O(log n)", Growth.LOG), ("o(LOGN)", Growth.LOG),
    ("O(n)", Growth.LINEAR), ("O(n log n)", Growth.LINEARITHMIC),
    ("O(n*log n)", Growth.LINEARITHMIC), ("O(n^2)", Growth.QUADRATIC),
    ("O(n²)", Growth.QUADRATIC), ("O(n**2)", Growth.QUADRATIC),
])
def test_growth_parse(text, growth):
    assert Growth.parse(text) is growth


@pytest.mark.parametrize("text", ["O(n*m)", "O(n^3)", "linear", "", "O(2^n)"])
def test_growth_parse_rejects_other_classes(text):
    with pytest.raises(ValueError, match=r"expected one of: O\(1\), O\(log n\), O\(n\)"):
        Growth.parse(text)


def test_growth_is_ordered():
    assert list(Growth) == sorted(Growth)
    assert Growth.LOG < Growth.LINEAR <= Growth.LINEAR < Growth.LINEARITHMIC
    assert Growth.WORSE > Growth.QUADRATIC >= Growth.QUADRATIC
    assert max(Growth.LINEAR, Growth.CONSTANT) is Growth.LINEAR


def test_evidence_crosses_a_process_boundary_as_plain_json():
    corpus.reseed(SEED)
    case = corpus.BY_NAME["build_by_insert_front"]
    time_ev = measure_case_time(case)
    space_ev = measure_space(case.func, case.make_args, case.sizes)
    for evidence, kind in ((time_ev, TimeEvidence), (space_ev, SpaceEvidence)):
        data = json.loads(json.dumps(evidence.to_dict()))
        back = kind.from_dict(data)
        assert back == evidence
    # The grader recomputes the class; a forged one from the worker is ignored.
    forged = time_ev.to_dict() | {"growth": "O(1)", "count_growth": "O(1)"}
    assert TimeEvidence.from_dict(forged).growth is Growth.QUADRATIC
    with pytest.raises(ValueError, match="counts must hold ints"):
        TimeEvidence.from_dict(time_ev.to_dict() | {"counts": [1, 2, "3", 4]})
    with pytest.raises(ValueError, match="t_small must be a finite number"):
        GuardEvidence.from_dict({"n_small": 1000, "factor": 32, "t_small": float("nan"),
                                 "t_large": 1.0, "clock": "x"})


def test_explain_reads_like_a_teacher():
    sizes = (500, 1000, 2000, 4000)
    linear = TimeEvidence(sizes=sizes, counts=(1020, 2030, 4050, 8090), budget_per_size=10**6)
    text = explain(linear, Growth.LINEAR)
    assert "n=500: 1,020" in text and "doubled" in text and "O(n)" in text
    assert text.endswith("Target O(n): met.") and len(text.splitlines()) <= 3
    quadratic = TimeEvidence(sizes=sizes, counts=(250_000, 1_000_000, 4_000_000, 16_000_000),
                             budget_per_size=10**8)
    text = explain(quadratic, Growth.LINEAR)
    assert "4x input gave 16.0x work: quadratic, O(n^2)" in text
    assert text.endswith("Target O(n): not met.")
    guarded = linear.with_guard(GuardEvidence(n_small=1000, factor=32, t_small=0.0004,
                                              t_large=0.38, clock="thread_time", batch=5))
    text = explain(guarded, Growth.LINEAR)
    assert guarded.growth is Growth.QUADRATIC and "CPU time" in text and "not met" in text
    assert "timed as 5 calls back to back" in text
    cut = TimeEvidence(sizes=sizes, counts=(1000, 4000, None, None), budget_per_size=5000)
    assert "over the budget" in explain(cut, Growth.QUADRATIC)
    space = SpaceEvidence(sizes=sizes, aux_bytes=(4000, 8000, 16000, 32000),
                          output_bytes=(0,) * 4, depths=(1,) * 4)
    text = explain(space, Growth.CONSTANT)
    assert "O(n)" in text and text.endswith("Target O(1): not met.")


def test_space_tampering_is_flagged():
    def stop_tracing(nums):
        tracemalloc.stop()
        return sorted(nums)

    evidence = measure_space(stop_tracing, corpus.args_list(corpus.distinct),
                             corpus.sizes(64))
    assert evidence.tampered and not evidence.meets(Growth.WORSE)


def test_space_excludes_output_but_counts_recursion():
    prefix = measure_space(corpus.prefix_sums, corpus.args_list(corpus.distinct),
                           corpus.sizes(256))
    assert prefix.growth is Growth.CONSTANT and prefix.output_bytes[-1] > 50_000
    recursive = measure_space(corpus.recursive_sum, corpus.args_list(corpus.distinct),
                              corpus.sizes(64))
    assert recursive.depths == (65, 129, 257, 513) and recursive.growth is Growth.LINEAR


# --------------------------------------------------------------------------------------------
# Reading another process's CPU clock
# --------------------------------------------------------------------------------------------

_CHILD = textwrap.dedent("""
    import sys, time
    start = time.process_time()
    x = 0
    while time.process_time() - start < 0.15:
        x += 1
    print(time.process_time(), flush=True)
    sys.stdin.read()
""")


def test_process_cpu_seconds_reads_a_child_from_outside(monkeypatch):
    child = subprocess.Popen([sys.executable, "-c", _CHILD], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        own = float(child.stdout.readline())  # the child is now blocked on stdin
        outside = process_cpu_seconds(child.pid)
        assert own <= outside < own + 0.05
        # The /proc fallback agrees to within its clock-tick resolution.
        def broken(clock_id):
            raise OSError(22, "Invalid argument")
        monkeypatch.setattr(time, "clock_gettime", broken)
        ticks = process_cpu_seconds(child.pid)
        assert abs(ticks - outside) <= 0.03
    finally:
        child.stdin.close()
        child.wait(timeout=10)
    with pytest.raises(ProcessLookupError):
        process_cpu_seconds(child.pid)


def test_guard_works_from_the_process_clock():
    # The same guard, timed with this process's clock read as if from outside.
    pid = os.getpid()
    guard = measure_cpu_guard(corpus.build_by_insert_front,
                              corpus.args_list(corpus.distinct), 1000,
                              clock=lambda: process_cpu_seconds(pid))
    assert guard.bound is Growth.QUADRATIC and guard.t_small > 0


def test_space_with_a_fixed_temporary_is_not_mistaken_for_steep_growth():
    """Measured on a correct two_sum that prints 20 KB per call: the print hides the dict at the
    small sizes (peak memory is a max), which once read as 'worse than O(n^2)'."""
    sizes = (256, 512, 1024, 2048)
    assert classify_bytes(sizes, [40_346, 40_346, 67_686, 142_029]) is Growth.LINEAR
    assert classify_bytes(sizes, [40_000, 40_000, 160_000, 640_000]) is Growth.QUADRATIC
