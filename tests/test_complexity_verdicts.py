"""The complexity checker's verdicts: one ComplexityVerdict per time or space judgement."""

from __future__ import annotations

import textwrap

import pytest

from harness.complexity.classify import GUARD_MIN_TIMED_SECONDS, GUARD_QUADRATIC_RATIO, guard_batch
from harness.complexity.evidence import GuardEvidence, SpaceEvidence, TimeEvidence
from harness.complexity.explain import explain, measured_class
from harness.complexity.growth import Growth
from harness.complexity.verdict import ComplexityVerdict
from harness.isolation.limits import Limits
from harness.trusted.checks import CheckFailed
from harness.trusted.complexity_check import ComplexityChecker
from harness.trusted.remote import WorkerClient

TIME_SIZES = (250, 500, 1000, 2000)
SPACE_SIZES = (256, 512, 1024, 2048)

LINEAR = """
    def two_sum(nums, target):
        seen = {}
        for j, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], j]
            seen[x] = j
        return []
"""
QUADRATIC = """
    def two_sum(nums, target):
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
"""
# Linear in Python, quadratic in C: list.insert(0) copies the list at every step, where
# operation counting cannot see it; only the CPU-time guard can.
HIDDEN_COPY = """
    def two_sum(nums, target):
        seen = {}
        history = []
        for j, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], j]
            seen[x] = j
            history.insert(0, x)
        return []
"""
# Linear, one frame per element: the stack is 48,000 frames deep at the guard's large size.
# Depth is not work: CPU time per level measured 113-162 ns in-process and 181-188 ns in the
# worker from 1,000 to 64,000 levels, so the guard reads it as linear.
RECURSIVE = """
    import sys

    def two_sum(nums, target):
        sys.setrecursionlimit(max(sys.getrecursionlimit(), len(nums) + 100))
        seen = {}

        def scan(j):
            if j == len(nums):
                return []
            x = nums[j]
            if target - x in seen:
                return [seen[target - x], j]
            seen[x] = j
            return scan(j + 1)

        return scan(0)
"""
# Linear, but switches tracing off: no class is read from a tampered run.
TAMPERS = """
    import sys

    def two_sum(nums, target):
        sys.settrace(None)
        seen = {}
        for j, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], j]
            seen[x] = j
        return []
"""


def worst_case(n, rng):
    """n distinct even values and an odd target: no pair exists, so every value is examined."""
    return ([2 * v for v in rng.sample(range(4 * n), n)], -1)


@pytest.fixture
def checker_for(tmp_path):
    clients: list[WorkerClient] = []

    def make(source: str, *, call_timeout: float = 10.0) -> ComplexityChecker:
        path = tmp_path / f"solution{len(clients)}" / "solution.py"
        path.parent.mkdir()
        path.write_text(textwrap.dedent(source))
        client = WorkerClient(path, call_timeout=call_timeout, limits=Limits(memory_mb=1024))
        clients.append(client)
        return ComplexityChecker(client, Growth.LINEAR, Growth.LINEAR, seed=11)

    yield make
    for client in clients:
        client.close()


# --- through a real worker ---------------------------------------------------------------------


def test_linear_time_is_met_and_measured_linear(checker_for):
    checker = checker_for(LINEAR)
    checker.time("two_sum", worst_case, sizes=TIME_SIZES, guard_size=1500)
    assert checker.verdicts == [ComplexityVerdict(resource="time", function="two_sum",
                                                  measured="O(n)", target="O(n)", met=True,
                                                  detail=checker.notes[0])]
    assert checker.notes[0].startswith("time of two_sum: ")
    assert ComplexityVerdict.from_dict(checker.verdicts[0].to_dict()) == checker.verdicts[0]


def test_quadratic_time_is_not_met(checker_for):
    checker = checker_for(QUADRATIC)
    with pytest.raises(CheckFailed) as failure:
        checker.time("two_sum", worst_case, sizes=TIME_SIZES, guard_size=1500)
    [verdict] = checker.verdicts
    assert (verdict.resource, verdict.function, verdict.target) == ("time", "two_sum", "O(n)")
    assert verdict.met is False
    # The event budget cut the run: a lower bound, in the words of the note ("at least quadratic").
    assert verdict.measured == "at least O(n^2)"
    assert "at least quadratic" in verdict.detail
    assert verdict.detail == checker.notes[0] == str(failure.value)


# Quadratic in Python, cubic in C: every pair copies the list 4 times (nums * 4), which counting
# cannot see (no comparison, no hash); counting reads n^2, and only the CPU guard sees n^3.
HIDDEN_CUBIC = """
    def two_sum(nums, target):
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums * 4 and nums[i] + nums[j] == target:
                    return [i, j]
        return []
"""


def test_a_quadratic_target_is_cross_checked_by_cpu_time(checker_for):
    checker = checker_for(QUADRATIC)
    checker.time("two_sum", worst_case, sizes=(64, 128, 256, 512), target="O(n^2)", guard_size=300)
    [verdict] = checker.verdicts
    assert (verdict.measured, verdict.met) == ("O(n^2)", True)
    assert checker.notes[-1].startswith("CPU time, read from outside your process") and "agrees" in checker.notes[-1]


def test_cubic_work_hidden_in_c_fails_a_quadratic_target(checker_for):
    checker = checker_for(HIDDEN_CUBIC)
    with pytest.raises(CheckFailed, match="worse than O\\(n\\^2\\)"):
        checker.time("two_sum", worst_case, sizes=(16, 32, 64, 128), target="O(n^2)", guard_size=160)
    [verdict] = checker.verdicts
    assert (verdict.measured, verdict.met) == ("worse than O(n^2)", False)
    assert "4x input took" in verdict.detail or "did not finish within" in verdict.detail


def test_a_label_and_an_explicit_target_are_what_the_verdict_names(checker_for):
    checker = checker_for(QUADRATIC)
    checker.time("two_sum", worst_case, sizes=(64, 128, 256, 512), target="O(n^2)", label="pairs")
    [verdict] = checker.verdicts
    assert (verdict.function, verdict.measured, verdict.target) == ("pairs", "O(n^2)", "O(n^2)")
    assert verdict.met is True


def test_copying_hidden_in_c_is_caught_by_the_guard(checker_for):
    checker = checker_for(HIDDEN_COPY)
    with pytest.raises(CheckFailed):
        checker.time("two_sum", worst_case, sizes=TIME_SIZES, guard_size=1500)
    [verdict] = checker.verdicts
    assert verdict.measured == "at least O(n^2)" and verdict.met is False
    assert "CPU time" in verdict.detail and verdict.detail == checker.notes[0]
    # The small call (well under a millisecond) was timed as a batch, long enough to trust.
    assert "calls back to back" in verdict.detail


@pytest.mark.parametrize("source", [LINEAR, RECURSIVE], ids=["loop", "recursion-n-deep"])
def test_a_short_small_call_is_timed_in_batches_and_linear_stays_linear(checker_for, source):
    checker = checker_for(source)
    evidence = checker.time("two_sum", worst_case, sizes=TIME_SIZES, guard_size=300)
    assert evidence.guard is not None and evidence.guard.batch > 1
    assert evidence.guard.t_small * evidence.guard.batch >= GUARD_MIN_TIMED_SECONDS / 2
    assert evidence.guard.ratio < GUARD_QUADRATIC_RATIO / 3
    assert [v.met for v in checker.verdicts] == [True]


def test_a_deep_recursion_that_is_linear_passes_the_guard(checker_for):
    checker = checker_for(RECURSIVE)
    evidence = checker.time("two_sum", worst_case, sizes=TIME_SIZES, guard_size=1500)
    assert evidence.guard is not None and evidence.guard.ratio < GUARD_QUADRATIC_RATIO / 3
    assert [(v.measured, v.met) for v in checker.verdicts] == [("O(n)", True)]


def test_a_guard_call_past_the_time_limit_is_a_verdict_too(checker_for):
    # At 32 x 4000 elements the hidden copying takes seconds: the growth on the way up predicts
    # the large call far past the per-call limit, so it is not made (or, where the prediction
    # fell short, the per-call limit stops it and the small size's time bounds the growth).
    checker = checker_for(HIDDEN_COPY, call_timeout=1.0)
    with pytest.raises(CheckFailed):
        checker.time("two_sum", worst_case, sizes=TIME_SIZES, guard_size=4000)
    [verdict] = checker.verdicts
    assert verdict.met is False and verdict.resource == "time"
    assert verdict.measured == "at least O(n^2)"
    assert ("would take about" in verdict.detail or "did not finish within" in verdict.detail)
    assert verdict.detail == checker.notes[-1]


def test_a_call_past_the_limit_is_a_verdict_when_not_predicted(checker_for, monkeypatch):
    # With the prediction off, the large call itself runs into the per-call limit.
    from harness.trusted import complexity_check

    monkeypatch.setattr(complexity_check, "GUARD_PREDICTED_OVER", float("inf"))
    checker = checker_for(HIDDEN_COPY, call_timeout=1.0)
    with pytest.raises(CheckFailed):
        checker.time("two_sum", worst_case, sizes=TIME_SIZES, guard_size=4000)
    [verdict] = checker.verdicts
    assert verdict.met is False and verdict.measured.startswith("at least O(n")
    assert "did not finish within" in verdict.detail and verdict.detail == checker.notes[-1]


def test_tampering_with_the_tracer_is_a_failed_verdict(checker_for):
    checker = checker_for(TAMPERS)
    with pytest.raises(CheckFailed):
        checker.time("two_sum", worst_case, sizes=TIME_SIZES)
    [verdict] = checker.verdicts
    assert verdict.measured == "tampered" and verdict.met is False


@pytest.mark.parametrize(("target", "met"), [("O(n)", True), ("O(1)", False)])
def test_space_verdicts(checker_for, target, met):
    checker = checker_for(LINEAR)
    if met:
        checker.space("two_sum", worst_case, sizes=SPACE_SIZES, target=target)
    else:
        with pytest.raises(CheckFailed):
            checker.space("two_sum", worst_case, sizes=SPACE_SIZES, target=target)
    assert checker.verdicts == [ComplexityVerdict(resource="space", function="two_sum",
                                                  measured="O(n)", target=target, met=met,
                                                  detail=checker.notes[0])]


# --- the measured class from evidence alone ----------------------------------------------------


def _guard(t_small, t_large):
    # Timed as a batch long enough to trust, as the checker does for a short small call.
    return GuardEvidence(n_small=1000, factor=32, t_small=t_small, t_large=t_large, clock="test",
                         batch=guard_batch(t_small))


def _time(counts, guard=None):
    return TimeEvidence(sizes=TIME_SIZES, counts=counts, budget_per_size=100_000, guard=guard)


@pytest.mark.parametrize(("evidence", "target", "measured"), [
    (_time((1_000, 2_000, 4_000, 8_000)), Growth.LINEAR, "O(n)"),
    (_time((1_000, 2_200, 4_900, 11_000)), Growth.LINEAR, "O(n log n)"),
    (_time((10_000, 40_000, None, None)), Growth.LINEAR, "at least O(n^2)"),
    (_time((10_000, 40_000, None, None)), Growth.QUADRATIC, "worse than O(n^2)"),
    (_time((1_000, 2_000, 4_000, 8_000), _guard(0.001, 0.5)), Growth.LINEAR, "at least O(n^2)"),
    (_time((10, 10, 10, 10), _guard(0.001, 0.02)), Growth.CONSTANT, "at least O(n)"),
    (_time((1_000, 2_000, 4_000, 8_000), _guard(0.001, 0.04)), Growth.LINEAR, "O(n)"),
    (TimeEvidence(sizes=TIME_SIZES, counts=(5, None, None, None), budget_per_size=10, tampered="x"),
     Growth.LINEAR, "tampered"),
    (SpaceEvidence(sizes=SPACE_SIZES, aux_bytes=(100, 100, 100, 100), output_bytes=(0,) * 4,
                   depths=(1, 1, 1, 1)), Growth.CONSTANT, "O(1)"),
])
def test_measured_class_agrees_with_the_prose(evidence, target, measured):
    assert measured_class(evidence, target) == measured
    prose = explain(evidence, target)
    if measured.startswith("at least O(n^2)") and evidence.over_budget:
        assert "at least quadratic" in prose
    elif measured.startswith("at least"):
        assert measured in prose
    elif measured == "worse than O(n^2)":
        assert "more than quadratic" in prose
    elif measured != "tampered":
        assert f"{measured}. Target" in prose


def test_the_prompt_of_a_quadratic_target_states_the_guard_ratio():
    from pathlib import Path

    from harness.catalogue.loader import load_problem
    from harness.trusted.complexity_check import QUADRATIC_GUARD_RATIO

    prompt = load_problem(Path(__file__).resolve().parents[1] / "problems" / "edit_distance").prompt()
    assert f"{QUADRATIC_GUARD_RATIO:g} times or more fails" in prompt
