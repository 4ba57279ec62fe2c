"""The CPU-time guard's measuring side: per-call CPU time at n1 and 32*n1, without tracing.

It catches copying that C does without calling back into Python (list.insert(0), pop(0),
slicing, string prepending), which operation counting cannot see, and gives a lower bound for
code invisible to counting (numpy); harness.complexity.classify reads the ratio. Two ways to
run it:

- In the sandbox (grading): the worker keeps one prepared call (prepare_call, run by the
  worker's `run_prepared` op through run_prepared_call) and the trusted process reads the
  worker's CPU clock from outside with process_cpu_seconds, so the submission cannot fake it.
- In-process (tests, benchmarks): measure_cpu_guard times the calls with the thread's own clock.

Stdlib only; light enough for the worker to import.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from typing import Any

from harness.complexity import calling
from harness.complexity.calling import MakeArgs
from harness.complexity.classify import GUARD_FACTOR, GUARD_QUADRATIC_RATIO
from harness.complexity.evidence import GuardEvidence
from harness.complexity.scaling import SHARE_SETTLED, top_sizes

__all__ = ["forget_spent_call", "measure_cpu_guard", "prepare_call", "process_cpu_seconds",
           "run_prepared_call"]


# --------------------------------------------------------------------------------------------
# The prepared call (worker side of the sandboxed guard)
# --------------------------------------------------------------------------------------------

_prepared: Callable[[], Any] | None = None
_spent: tuple[Any, Any] | None = None


def prepare_call(call: Callable[[], Any]) -> None:
    """Hold `call` (its input already built) for the next run_prepared_call."""
    global _prepared
    _prepared = call


def forget_spent_call() -> None:
    """Free the previous timed call's input and answer now, outside any timed window."""
    global _spent
    _spent = None


def run_prepared_call() -> None:
    """Run the prepared call once, and nothing else, between the grader's two clock readings."""
    global _prepared, _spent
    call, _prepared = _prepared, None
    if call is None:
        raise RuntimeError("nothing prepared")
    result = call()
    if hasattr(result, "__next__"):
        for _ in result:
            pass
    # Freeing the input and the answer is O(n): keep them alive past the timed window.
    _spent = (call, result)


# --------------------------------------------------------------------------------------------
# Reading a process's CPU clock from outside it (trusted side of the sandboxed guard)
# --------------------------------------------------------------------------------------------

def _process_cpu_clock_id(pid: int) -> int:
    # Linux encodes "CPU clock of process pid" as ((~pid) << 3) | CPUCLOCK_SCHED (2); this is
    # what glibc's clock_getcpuclockid() returns. Thread clocks (bit 2) of another process are
    # refused by the kernel (EINVAL), so the process clock is the one to read from outside.
    return ((~pid) << 3) | 2


def process_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by process `pid`, read from outside it.

    Measured on this machine (Linux 6.18, Python 3.11, as root): time.clock_gettime on the
    per-process CPU clock of a child works with nanosecond resolution and is exact when read
    while the child is blocked between calls, also with RLIMIT_CPU or ITIMER_PROF armed in it:
    a loop the child timed at 1.587 ms (its own thread_time) read 1.623 ms from outside, and a
    0.096 ms one 0.126 ms, where /proc/<pid>/stat said 10 ms and 0 ms. That fallback,
    utime + stime from /proc/<pid>/stat, has clock-tick (10 ms) resolution only.
    """
    try:
        return time.clock_gettime(_process_cpu_clock_id(pid))
    except (OSError, OverflowError, AttributeError):
        pass
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            stat = handle.read()
    except OSError as exc:
        raise ProcessLookupError(f"no process {pid} to read a CPU clock from") from exc
    # The command name (field 2) may contain spaces and parentheses: split after the last ')'.
    fields = stat[stat.rindex(")") + 2:].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------------------------------
# In-process guard
# --------------------------------------------------------------------------------------------

def measure_cpu_guard(func: Callable[..., Any], make_args: MakeArgs, n_small: int, *,
                      factor: int = GUARD_FACTOR,
                      fresh: Callable[[], Callable[..., Any]] | None = None,
                      repeats: int = 3, seconds_per_size: float = 0.1,
                      clock: Callable[[], float] = time.thread_time) -> GuardEvidence:
    """In-process CPU guard: min per-call CPU time over repeats at n_small and factor*n_small.

    Inputs are plain (not CountedInt): the guard measures the copying C does on its own.
    Repeats stop early once `seconds_per_size` is spent, since a long call is not noisy. The
    sandboxed grader does the same with process_cpu_seconds(worker_pid) around each call and
    GuardEvidence.from_times; it must read the clock only around the call itself, after the
    worker has decoded the input (decoding is O(n) and would make everything look linear).
    Run it only when counting found less than O(n^2): a Python-level quadratic at
    factor*n_small would take minutes.
    """
    def timings(n: int, batch: int = 1, count: int = repeats) -> list[float]:
        spent = 0.0
        out: list[float] = []
        while len(out) < count and (not out or spent < seconds_per_size):
            calls = [(calling.fresh_instance(func, fresh), calling.build_args(make_args, n))
                     for _ in range(batch)]
            results = []
            gc_was_enabled = gc.isenabled()
            gc.disable()  # a collection of unrelated garbage is not the call's cost (as timeit)
            try:
                start = clock()
                for target, (args, kwargs) in calls:
                    results.append(calling.consume(target(*args, **kwargs)))
                elapsed = clock() - start
            finally:
                if gc_was_enabled:
                    gc.enable()
            del results  # freed outside the timed region
            out.append(elapsed / batch)
            spent += elapsed
        return out

    name = getattr(clock, "__name__", "cpu clock")
    small = timings(n_small)
    tops = top_sizes(factor * n_small)
    top = {n: timings(n, 1, 1) for n in tops}  # one sample each, more where a claim is in sight
    large = top[tops[-1]]
    evidence = GuardEvidence.from_times(n_small, factor, small, large, clock=name)
    evidence = evidence.with_top(tops, [min(top[n]) for n in tops])
    if evidence.share >= SHARE_SETTLED or evidence.ratio >= GUARD_QUADRATIC_RATIO / 2:
        for n in tops:
            top[n] += timings(n, 1, repeats - 1)
        large = top[tops[-1]]
        evidence = GuardEvidence.from_times(n_small, factor, small, large, clock=name)
        evidence = evidence.with_top(tops, [min(top[n]) for n in tops])
    # A claim must not rest on a call too short to time: time it again in batches (see
    # GUARD_MIN_TIMED_SECONDS), sized again once from the first batch's time per call.
    for _ in range(2):
        batch, batch_large = evidence.batches_needed()
        if (batch, batch_large) == (evidence.batch, evidence.batch_large):
            break
        if batch != evidence.batch:
            small = timings(n_small, batch)
        if batch_large != evidence.batch_large:
            large = timings(factor * n_small, batch_large)
        evidence = GuardEvidence.from_times(n_small, factor, small, large, clock=name,
                                            batch=batch, batch_large=batch_large)
        evidence = evidence.with_top(tops, [min(top[n]) for n in tops])
    return evidence
