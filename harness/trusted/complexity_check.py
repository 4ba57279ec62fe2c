"""Complexity checks of a submission: measured inside its worker, judged in the trusted process.

Tests use the `complexity` fixture:

    complexity.time("two_sum", worst_case, sizes=(250, 500, 1000, 2000))
    complexity.space("two_sum", worst_case, sizes=(1000, 2000, 4000, 8000))

`worst_case(n, rng)` is a self-contained function that returns the positional arguments (a tuple)
of a worst-case input of size n; it is shipped to the worker with the entry point. The entry is
a name in solution.py, or a self-contained driver `fn(module, *args)` (for classes: run n
operations on a fresh instance). Operation counting and tracemalloc run in the worker (harness.
complexity.counting and .space); the worker returns raw numbers, and the verdict is recomputed
here from them. The CPU-time guard reads the worker's CPU clock from this process, so the
submission cannot fake it. Every judgement leaves a note (the prose of the report) and a
ComplexityVerdict (the same judgement as data).
"""

from __future__ import annotations

import inspect
import math
import random
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from harness.complexity.classify import (
    GUARD_FACTOR,
    GUARD_LINEAR_RATIO,
    GUARD_QUADRATIC_RATIO,
)
from harness.complexity.evidence import GuardEvidence, SpaceEvidence, TimeEvidence
from harness.complexity.explain import NOT_MEASURED, TAMPERED, at_least, explain, measured_class
from harness.complexity.growth import Growth
from harness.complexity.scaling import (
    SHARE_MIN_SECONDS,
    SHARE_QUADRATIC,
    SHARE_SETTLED,
    SHARE_STEP_RATIO,
    top_sizes,
    top_step,
)
from harness.complexity.verdict import ComplexityVerdict
from harness.trusted import margins
from harness.trusted.checks import CheckFailed
from harness.trusted.remote import (
    SubmissionFailure,
    SubmissionRaised,
    SubmissionTimeout,
    WorkerClient,
)

EVENTS_PER_UNIT = 60  # counted events per unit of the target's growth an acceptable solution may use
MIN_BUDGET = 100_000
GUARD_REPEATS = 3
# The small size is cheap, and its minimum is the ratio's denominator: more samples there keep a
# stray slow sample (a page fault, the other core's load) from hiding a quadratic.
GUARD_SMALL_REPEATS = 7
# The guard's small size: big enough that the call, not the ~30 us of protocol around it, is what
# the CPU clock sees (the large size is 32x this).
GUARD_MIN_SIZE = 1000
GUARD_BATCH_ROUNDS = 2  # batch sizes tried for a small call too short to time alone
GUARD_CLOCK = "the worker's CPU clock, read from the grader"
# The small size is drawn per seed in [(1 - spread) * guard_size, guard_size].
GUARD_SIZE_SPREAD = 0.15
# On the way up the top sizes: a doubling that took this many times the CPU time or more
# (linear work takes about 2x, quadratic 4x) ...
GUARD_SUPERLINEAR_STEP = 3.0
# ... and predicts the largest call at this many per-call limits or more ends the check there.
GUARD_PREDICTED_OVER = 2.0
# Quadratic targets: the guard times n and 4n, where n^2 takes 16x and n^3 64x; 28x or more with a
# large call of at least 20 ms of CPU time is worse than quadratic. Measured on edit_distance at
# 250-400 and 4x: correct solutions 14-19x; a row copied for every cell (n^3 in C, n^2 counted)
# 35-40x, its Python overhead still part of the time at these sizes.
QUADRATIC_GUARD_FACTOR = 4
QUADRATIC_GUARD_RATIO = 28.0
QUADRATIC_GUARD_MIN_SECONDS = 0.02
QUADRATIC_GUARD_LARGE_REPEATS = 2
SPACE_SECONDS = 5.0  # wall-clock allowance for a whole space measurement inside the worker


def _source(fn) -> tuple[str, str]:
    return textwrap.dedent(inspect.getsource(fn)), fn.__name__


def default_budget(target: Growth, n_max: int, per_unit: int = EVENTS_PER_UNIT) -> int:
    units = {
        Growth.CONSTANT: 1,
        Growth.LOG: math.log2(max(n_max, 2)),
        Growth.LINEAR: n_max,
        Growth.LINEARITHMIC: n_max * math.log2(max(n_max, 2)),
        Growth.QUADRATIC: n_max * n_max,
        Growth.WORSE: n_max ** 3,
    }[target]
    return max(MIN_BUDGET, int(per_unit * units))


# --- what runs in the worker (shipped as source by WorkerClient.probe) -------------------------


def _drill_measure(module, what, entry, gen, sizes, seed, budget):
    """Runs inside the worker: count events (time) or trace allocations (space) at each size."""
    import importlib.util
    import random

    def load(source_name):
        namespace = {"__name__": "drill_measure"}
        exec(compile(source_name[0], "<drill generator>", "exec"), namespace)
        return namespace[source_name[1]]

    make = load(gen)
    driver = load(entry) if isinstance(entry, list) else None

    def target_of(mod):
        if driver is not None:
            return lambda *args: driver(mod, *args)
        return getattr(mod, entry)

    def fresh():
        spec = importlib.util.spec_from_file_location("solution_fresh", module.__file__)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load a fresh copy of {module.__file__}")
        copy = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(copy)
        return target_of(copy)

    def make_args(n):
        built = make(n, random.Random(seed * 7919 + n))
        return tuple(built), {}

    func = target_of(module)
    if what == "time":
        from harness.complexity.counting import measure_time

        return measure_time(func, make_args, sizes, budget_per_size=budget, fresh=fresh).to_dict()

    # Space has no event budget (tracing would distort the bytes), so a slow solution is cut by
    # an alarm instead: a quadratic solution at the space sizes would otherwise run for minutes.
    import signal

    from harness.complexity.space import measure_space

    class _TooSlow(BaseException):
        pass

    def alarm(signum, frame):
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, budget)
    try:
        evidence = measure_space(func, make_args, sizes, fresh=fresh)
    except _TooSlow:
        return {"too_slow": budget}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return evidence.to_dict()


def _drill_guard_prepare(module, entry, gen, n, seed, repeat=1):
    """Runs inside the worker: build the guard's input(s) before the clock starts.

    repeat > 1 prepares that many calls on fresh inputs, run back to back in one timed window:
    a small call too short to time alone is timed as a batch."""
    import random

    from harness.complexity import guard

    guard.forget_spent_call()  # free the previous timed call's input and answer now, untimed
    # exec's globals: whatever the shipped generator and driver define. (A local annotation is
    # never evaluated, so the shipped source needs no import of Any.)
    namespace: dict[str, Any] = {"__name__": "drill_measure"}
    exec(compile(gen[0], "<drill generator>", "exec"), namespace)
    inputs = [namespace[gen[1]](n, random.Random(seed * 104729 + n + 7 * k)) for k in range(repeat)]
    if isinstance(entry, list):
        exec(compile(entry[0], "<drill driver>", "exec"), namespace)
        driver = namespace[entry[1]]
        target = lambda *args: driver(module, *args)  # noqa: E731
    else:
        target = getattr(module, entry)
    if repeat == 1:
        built = inputs[0]
        guard.prepare_call(lambda: target(*built))
        return None

    def batch():
        answers = []  # kept alive: freeing them is O(n) and belongs outside the timed window
        for args in inputs:
            answer = target(*args)
            if hasattr(answer, "__next__"):
                for _ in answer:
                    pass
            answers.append(answer)
        return answers

    guard.prepare_call(batch)
    return None


# --- the trusted side --------------------------------------------------------------------------


@dataclass
class ComplexityChecker:
    """The `complexity` fixture: measures in the worker, judges here, and leaves notes and verdicts
    for the report (one verdict per judgement, met or not)."""

    client: WorkerClient
    time_target: Growth | None
    space_target: Growth | None
    seed: int
    notes: list[str] = field(default_factory=list)
    verdicts: list[ComplexityVerdict] = field(default_factory=list)

    def time(self, entry, worst_case, sizes, *, target: str | None = None, budget: int | None = None,
             guard_size: int | None = None, label: str | None = None,
             check: Callable[[tuple, Any], bool] | None = None, guard_case=None) -> TimeEvidence:
        # guard_size: the CPU guard's small n (the large one is 32x); default max(1000, sizes[-1] / 32).
        # check: a self-contained `fn(args, answer) -> bool`, run here on every timed call's answer.
        # guard_case: the guard's inputs, `fn(n, rng)` like worst_case (default worst_case): a
        # worst case whose answer varies, so that only a real algorithm answers it correctly.
        """Fail unless the work grows no faster than the target (problem.toml's [complexity].time).

        The operation count is measured in the worker, where the submission could forge it, so
        it can fail a solution (and explain the verdict) but never pass one alone: when it says
        the target is met, the CPU guard, timed from this process on plain calls whose answers
        `check` verifies, must agree."""
        goal = Growth.parse(target) if target else self.time_target
        if goal is None:
            raise ValueError("no time target: set [complexity].time in problem.toml or pass target=")
        sizes = tuple(sizes)
        budget = budget or default_budget(goal, sizes[-1])
        name = label or (entry if isinstance(entry, str) else entry.__name__)
        data = self._run("time", entry, worst_case, sizes, budget, name, goal)
        evidence = TimeEvidence.from_dict(data)
        # Whenever counting would pass, except where it found n^2 itself (a quadratic target):
        # the guard's large call would take minutes for an accepted solution.
        if evidence.meets(goal) and evidence.count_growth < Growth.QUADRATIC:
            n_small = self._guard_small_size(guard_size or max(GUARD_MIN_SIZE, sizes[-1] // GUARD_FACTOR), name)
            guard = self._guard(entry, guard_case or worst_case, n_small, name, goal, check)
            _record_guard(guard, goal)
            evidence = evidence.with_guard(guard)
        elif evidence.meets(goal) and goal is Growth.QUADRATIC:
            # A quadratic target: 32x the input would take minutes, so the guard times n and 4n.
            n_small = self._guard_small_size(guard_size or 2 * sizes[-1], name)
            agrees = self._quadratic_guard(entry, guard_case or worst_case, n_small, name, goal, check)
            self._judge("time", name, evidence, goal)
            self.notes.append(agrees)
            return evidence
        self._judge("time", name, evidence, goal)
        return evidence

    def _quadratic_guard(self, entry, worst_case, n_small, name, goal: Growth, check) -> str:
        """Fail when 4x the input takes QUADRATIC_GUARD_RATIO times the CPU time or more: n^2 work
        takes 16x, n^3 64x. Counting passed, and counting runs where the submission could forge
        it; this reading comes from the worker's CPU clock, read here, on ordinary calls."""
        timer = _GuardTimer(self, entry, worst_case, name, check)
        n_large = n_small * QUADRATIC_GUARD_FACTOR
        small = min(timer.per_call(n_small, 1) for _ in range(GUARD_REPEATS))
        try:
            large = min(timer.per_call(n_large, 1) for _ in range(QUADRATIC_GUARD_LARGE_REPEATS))
        except SubmissionTimeout as exc:
            limit = exc.limit or self.client.call_timeout
            text = (f"time of {name}: {exc.message}. At n = {n_small:,} the same call took {_fmt(small)} "
                    f"of CPU time, so {QUADRATIC_GUARD_FACTOR}x the input took over {limit / max(small, 1e-9):,.0f}x "
                    f"as long; quadratic work takes about {QUADRATIC_GUARD_FACTOR ** 2}x: worse than "
                    f"{Growth.QUADRATIC.value}.")
            margins.record("quadratic_guard", ratio=limit / max(small, 1e-9), ratio_limit=QUADRATIC_GUARD_RATIO)
            self.notes.append(text)
            self._record("time", name, Growth.WORSE.value, goal, False, text)
            raise CheckFailed(text) from None
        ratio = large / max(small, 1e-9)
        margins.record("quadratic_guard", ratio=ratio, ratio_limit=QUADRATIC_GUARD_RATIO, seconds=large)
        readings = (f"CPU time, read from outside your process: n={n_small:,}: {_fmt(small)} · "
                    f"n={n_large:,}: {_fmt(large)}; {QUADRATIC_GUARD_FACTOR}x input took {ratio:.0f}x")
        if ratio >= QUADRATIC_GUARD_RATIO and large >= QUADRATIC_GUARD_MIN_SECONDS:
            text = (f"time of {name}: {readings} (quadratic work takes about {QUADRATIC_GUARD_FACTOR ** 2}x, "
                    f"cubic {QUADRATIC_GUARD_FACTOR ** 3}x): worse than {Growth.QUADRATIC.value}, although "
                    "the operations counted looked quadratic.")
            self.notes.append(text)
            self._record("time", name, Growth.WORSE.value, goal, False, text)
            raise CheckFailed(text)
        return f"{readings}: agrees."

    def _guard_small_size(self, size: int, name: str) -> int:
        """The guard's small size for this seed: drawn in [(1 - spread) * size, size], so the
        timed inputs' sizes cannot be recognised (and the large one never exceeds the stated 32x)."""
        rng = random.Random(f"{self.seed}:{name}:guard")
        return max(1, size - rng.randrange(int(size * GUARD_SIZE_SPREAD) + 1))

    def space(self, entry, worst_case, sizes, *, target: str | None = None,
              label: str | None = None) -> SpaceEvidence:
        """Fail unless auxiliary space (allocations plus call depth) grows no faster than the target."""
        goal = Growth.parse(target) if target else self.space_target
        if goal is None:
            raise ValueError("no space target: set [complexity].space in problem.toml or pass target=")
        name = label or (entry if isinstance(entry, str) else entry.__name__)
        # A submission whose calls wait less now (one ran past its limit: it has failed) gets an
        # allowance that ends inside that wait, so the report says "not measured", not "timed out".
        cap = self.client.effective_limit(math.inf)
        allowance = SPACE_SECONDS if cap == math.inf else min(SPACE_SECONDS, 0.8 * cap)
        data = self._run("space", entry, worst_case, tuple(sizes), allowance, name, goal)
        if "too_slow" in data:
            text = (f"extra space of {name}: not measured, the calls at sizes {', '.join(map(str, sizes))} "
                    f"took more than {allowance:g} s in all; fix the time complexity first")
            self.notes.append(text)
            self._record("space", name, NOT_MEASURED, goal, False, text)
            raise CheckFailed(text)
        evidence = SpaceEvidence.from_dict(data)
        self._judge("space", name, evidence, goal)
        return evidence

    def _record(self, resource: str, name: str, measured: str, goal: Growth, met: bool, detail: str) -> None:
        self.verdicts.append(ComplexityVerdict(resource=resource, function=name, measured=measured,
                                               target=goal.value, met=met, detail=detail))

    def _run(self, what, entry, worst_case, sizes, budget, name, goal: Growth):
        shipped = list(_source(entry)) if callable(entry) else entry
        started = time.monotonic()
        try:
            data = self.client.probe(_drill_measure, what, shipped, list(_source(worst_case)), list(sizes),
                                     self.seed, budget, label=f"measuring the {what} of {name}",
                                     timeout=max(self.client.call_timeout, 30.0))
            if what == "space":  # the measurement's own allowance, inside the worker
                margins.record("space_seconds", seconds=time.monotonic() - started, limit=budget,
                               timed_out="too_slow" in data)
            return data
        except SubmissionRaised as exc:
            if exc.error_type == "TraceTampered":
                text = (f"the {what} measurement of {name} was tampered with: {exc.error_message}. "
                        "Solutions must not change sys.settrace or the measurement.")
                self._record(what, name, TAMPERED, goal, False, text)
                raise CheckFailed(text) from None
            raise

    def _guard(self, entry, worst_case, n_small, name, goal: Growth, check) -> GuardEvidence:
        n_large = n_small * GUARD_FACTOR
        # Below O(n) the plain call's decoding of its input (O(n), in the worker's clock) would
        # be all the guard sees: those inputs are built in the worker before the clock starts.
        timer = _GuardTimer(self, entry, worst_case, name, check, plain=goal >= Growth.LINEAR)
        times: dict[int, list[float]] = {n_small: [], n_large: []}
        for _ in range(GUARD_SMALL_REPEATS):
            times[n_small].append(timer.per_call(n_small, 1))
        # The top sizes, smallest first: a call that would clearly run past the per-call limit
        # is not made (it would only cost its limit), and its predicted time is the evidence.
        tops = top_sizes(n_large)
        top_times: dict[int, list[float]] = {}
        for k, n in enumerate(tops):
            lower = (n_small, min(times[n_small])) if k == 0 else (tops[k - 1], min(top_times[tops[k - 1]]))
            if k >= 1:
                below = (n_small, min(times[n_small])) if k == 1 else (tops[k - 2], min(top_times[tops[k - 2]]))
                self._stop_if_too_slow(below, lower, n_large, name, goal)
            try:
                top_times[n] = [timer.per_call(n, 1)]
            except SubmissionTimeout as exc:
                self._large_call_timed_out(exc, name, n_small, times[n_small], goal, n)
        times[n_large] = top_times[n_large]
        evidence = self._guard_evidence(n_small, times, tops, top_times)
        # More samples only where a claim is in sight: the minimum of noisy samples only falls,
        # so a reading below every threshold cannot rise to one by sampling again.
        for _ in range(GUARD_REPEATS - 1):
            if not self._needs_more(evidence, goal):
                break
            for n in tops:
                try:
                    top_times[n].append(timer.per_call(n, 1))
                except SubmissionTimeout as exc:
                    self._large_call_timed_out(exc, name, n_small, times[n_small], goal, n)
            evidence = self._guard_evidence(n_small, times, tops, top_times)
        # A claim resting on a call too short to time alone: time it again in batches of fresh
        # inputs, long enough to trust, and read the time per call. A single call's reading
        # includes the protocol around it, so a batch is sized again from the first batch's.
        for _ in range(GUARD_BATCH_ROUNDS):
            batch, batch_large = evidence.batches_needed()
            if (batch, batch_large) == (evidence.batch, evidence.batch_large):
                break  # nothing claimed, or the windows were already long enough
            if batch != evidence.batch:
                times[n_small] = [timer.per_call(n_small, batch) for _ in range(GUARD_SMALL_REPEATS)]
            if batch_large != evidence.batch_large:
                times[n_large] = [timer.per_call(n_large, batch_large) for _ in range(GUARD_REPEATS)]
            evidence = GuardEvidence.from_times(n_small, GUARD_FACTOR, times[n_small], times[n_large],
                                                clock=GUARD_CLOCK, batch=batch, batch_large=batch_large)
            evidence = evidence.with_top(tops, [min(top_times[n]) for n in tops])
        return evidence

    @staticmethod
    def _guard_evidence(n_small: int, times: dict[int, list[float]], tops: tuple[int, ...],
                        top_times: dict[int, list[float]]) -> GuardEvidence:
        large = [min(top_times[tops[-1]])]
        evidence = GuardEvidence.from_times(n_small, GUARD_FACTOR, times[n_small], large, clock=GUARD_CLOCK)
        return evidence.with_top(tops, [min(top_times[n]) for n in tops])

    @staticmethod
    def _needs_more(evidence: GuardEvidence, goal: Growth) -> bool:
        if evidence.bound is not None and evidence.bound > goal:
            return True  # a claim that fails the solution rests on the minimum of 3, never on 1
        return evidence.ratio >= GUARD_QUADRATIC_RATIO / 2 or evidence.share >= SHARE_SETTLED

    def _stop_if_too_slow(self, below: tuple[int, float], lower: tuple[int, float], n_large: int,
                          name: str, goal: Growth) -> None:
        """Fail now when the growth from size `below` to size `lower` puts the call at n_large
        far past the per-call limit: making it would only cost that limit."""
        (n_a, t_a), (n_b, t_b) = below, lower
        step = (t_b / max(t_a, 1e-9)) ** (1 / math.log2(n_b / n_a))  # per doubling of n
        if step < GUARD_SUPERLINEAR_STEP:
            return
        predicted = t_b * step ** math.log2(n_large / n_b)
        limit = self.client.effective_limit()
        margins.record("guard_prediction", step=step, step_limit=GUARD_SUPERLINEAR_STEP,
                       predicted=predicted, predicted_limit=GUARD_PREDICTED_OVER * limit)
        if predicted < GUARD_PREDICTED_OVER * limit:
            return
        text = (f"time of {name}: from n = {n_a:,} to n = {n_b:,} each doubling of n took {step:.1f}x "
                f"the CPU time ({_fmt(t_a)} to {_fmt(t_b)}; linear work takes about 2x), so "
                f"n = {n_large:,} would take about {predicted:,.0f} s, past the {limit:g} s per "
                f"call: at least {Growth.QUADRATIC.value}.")
        self.notes.append(text)
        self._record("time", name, at_least(Growth.QUADRATIC), goal, False, text)
        raise CheckFailed(text)

    def _large_call_timed_out(self, exc: SubmissionTimeout, name: str, n_small: int,
                              small: list[float], goal: Growth, n: int | None = None) -> None:
        """A call at one of the top sizes (n, 32 n_small by default) ran past the per-call limit:
        that fails the check in any case, and the small size's time gives the evidence, a lower
        bound on the growth."""
        factor = (n or n_small * GUARD_FACTOR) / n_small
        # Thresholds for this factor, as classify's: geometric midpoints between n log n and
        # n^2 (and between log n and n) at that factor; 222 and 6.9 at 32x.
        quadratic_ratio = GUARD_QUADRATIC_RATIO if factor == GUARD_FACTOR else math.sqrt(1.5 * factor ** 3)
        linear_ratio = GUARD_LINEAR_RATIO if factor == GUARD_FACTOR else math.sqrt(1.5 * factor)
        seconds = sorted(small)[len(small) // 2]
        limit = exc.limit or self.client.call_timeout
        margins.record("guard_timeout", ratio=limit / max(seconds, 1e-9), ratio_limit=quadratic_ratio)
        text = f"time of {name}: {exc.message}."
        measured = NOT_MEASURED
        if seconds > 0:
            bound = limit / seconds
            if bound > linear_ratio:
                measured = at_least(Growth.LINEAR)
            text += (f" At n = {n_small:,} the same call took {seconds * 1e3:.2f} ms of CPU time, so "
                     f"{factor:g}x the input took over {bound:,.0f}x as long (a linear solution "
                     f"takes about {factor:g}x)")
            if bound > quadratic_ratio:
                measured = at_least(Growth.QUADRATIC)
                text += (": at least O(n^2). Operation counting did not see it, so the extra work is "
                         "inside a builtin or compiled code: copying a list or string (insert(0), "
                         "pop(0), slicing, + in a loop) or searching one (`in`, index, remove, a "
                         "numpy expression per element)")
            text += "."
        self.notes.append(text)
        self._record("time", name, measured, goal, False, text)
        raise CheckFailed(text) from None

    def _judge(self, resource: str, name: str, evidence: TimeEvidence | SpaceEvidence, goal: Growth) -> None:
        what = "time" if resource == "time" else "extra space"
        text = f"{what} of {name}: {explain(evidence, goal)}"
        met = evidence.meets(goal)
        self.notes.append(text)
        self._record(resource, name, measured_class(evidence, goal), goal, met, text)
        if not met:
            raise CheckFailed(text)



def _record_guard(guard: GuardEvidence, goal: Growth) -> None:
    """The guard's figures against the thresholds that could fail this goal (benchmarks/bench_margins)."""
    if not margins.enabled():
        return
    ratio_limit = GUARD_LINEAR_RATIO if goal < Growth.LINEAR else GUARD_QUADRATIC_RATIO
    margins.record("guard", goal=goal.value, ratio=guard.ratio, ratio_limit=ratio_limit,
                   share=guard.share, share_limit=SHARE_QUADRATIC,
                   share_seconds=guard.share_seconds, share_seconds_limit=SHARE_MIN_SECONDS,
                   step=top_step(guard.top_times) if guard.top_times else 0.0, step_limit=SHARE_STEP_RATIO,
                   bound=guard.bound.value if guard.bound is not None else None)


def _fmt(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


class _GuardTimer:
    """Times calls of the entry at a size n on the worker's CPU clock, read from this process.

    A named entry is called exactly as a test calls it (the `call` op, the same worker frames
    and codec, plain built-in inputs built here, no tracer or profiler), so the submission cannot
    tell a timed call from any other, and `check` judges every answer. A driver (a function run
    next to the submission), inputs the codec cannot carry, or a target below O(n) (decoding
    the input is O(n) itself) fall back to a call the worker prepares before the clock starts
    (harness.complexity.guard)."""

    def __init__(self, checker: ComplexityChecker, entry, worst_case, name: str, check, *,
                 plain: bool = True) -> None:
        self.client = checker.client
        self.seed = checker.seed
        self.entry = entry
        self.worst_case = worst_case
        self.name = name
        self.check = check
        self.plain = plain and isinstance(entry, str)
        self.shipped = list(_source(entry)) if callable(entry) else entry
        self.gen = list(_source(worst_case))
        self.calls = 0

    def per_call(self, n: int, repeat: int) -> float:
        """CPU seconds per call, over `repeat` calls on fresh inputs of size n."""
        if self.plain:
            total = 0.0
            for _ in range(repeat):
                elapsed = self._plain_call(n)
                if elapsed is None:
                    break  # the codec cannot carry this input: time prepared calls instead
                total += elapsed
            else:
                return total / repeat
        return self._prepared(n, repeat) / repeat

    def _clock(self) -> float:
        reading = self.client.worker_cpu_seconds()
        if reading is None:
            raise CheckFailed(f"time of {self.name}: the worker's CPU clock could not be read, so the "
                              "time was not measured")
        return reading

    def _plain_call(self, n: int) -> float | None:
        self.calls += 1
        args = tuple(self.worst_case(n, random.Random(f"{self.seed}:{n}:{self.calls}")))
        what = f"{self.entry}(<an input of size {n:,}>)"
        try:
            message = {"op": "call", "target": 0, "attr": self.entry,
                       "args": self.client.encode_args(list(args), what),
                       "kwargs": self.client.encode_args([], what)}
        except SubmissionFailure:
            self.plain = False
            return None
        self.client.ensure_started()  # a restart is not the call's time
        before = self._clock()
        answer = self.client.request(message, what=what)
        elapsed = self._clock() - before
        if self.check is not None and not self.check(args, answer):
            raise CheckFailed(f"time of {self.name}: on an input of size {n:,} it returned a wrong "
                              f"answer ({str(answer)[:80]}); a time is only measured on correct answers")
        return elapsed

    def _prepared(self, n: int, repeat: int) -> float:
        self.calls += 1
        self.client.probe(_drill_guard_prepare, self.shipped, self.gen, n, self.seed * 7919 + self.calls,
                          repeat, label=f"preparing {self.name}")
        before = self._clock()
        self.client.request({"op": "run_prepared"}, what=f"{self.name} on an input of size {n:,}")
        return self._clock() - before
