"""Complexity checks: counted operations on worst-case inputs, a CPU-time guard, and auxiliary space."""

# How the pieces fit (see DESIGN.md, "Complexity checks"):
#
#   measure_time      counts sys.settrace call+line events at n = N, 2N, 4N, 8N on worst-case
#                     inputs whose ints are CountedInt, so comparisons and hashing done inside C
#                     builtins (sorted, `in`, min, dict/set, bisect, heapq, sum) are counted too.
#                     Deterministic; classify_counts reads the slope of the increments.
#   cpu guard         per-call CPU time at n1 and 32*n1 without tracing. It catches copying that
#                     C does without calling back into Python (list.insert(0), pop(0), slicing,
#                     string prepending) and gives a lower bound for code that is invisible to
#                     counting (numpy). In the sandbox the parent reads the worker's CPU clock
#                     (process_cpu_seconds) so the submission cannot fake it.
#   measure_space     tracemalloc peak minus baseline, minus what the returned value holds, plus
#                     the deepest Python call stack (tracemalloc does not see frames).
#
# Everything that crosses the worker/grader boundary is a frozen dataclass with to_dict() of
# plain built-in types, and from_dict() that recomputes the verdict from the raw numbers rather
# than trusting a classification sent by the (untrusted) worker.

from __future__ import annotations

import enum
import gc
import itertools
import math
import os
import sys
import threading
import time
import tracemalloc
import types
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from harness.errors import DrillError

__all__ = [
    "CountedInt",
    "Growth",
    "GuardEvidence",
    "SpaceEvidence",
    "TimeEvidence",
    "TraceTampered",
    "classify_bytes",
    "classify_counts",
    "count_events",
    "cpu_guard_verdict",
    "explain",
    "measure_cpu_guard",
    "measure_space",
    "measure_time",
    "process_cpu_seconds",
    "wrap_counted",
]


# --------------------------------------------------------------------------------------------
# Growth classes
# --------------------------------------------------------------------------------------------

class Growth(enum.Enum):
    """A complexity class; members are ordered from cheapest to most expensive."""

    CONSTANT = "O(1)"
    LOG = "O(log n)"
    LINEAR = "O(n)"
    LINEARITHMIC = "O(n log n)"
    QUADRATIC = "O(n^2)"
    WORSE = "worse than O(n^2)"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Growth):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Growth):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Growth):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Growth):
            return NotImplemented
        return self.rank >= other.rank

    @classmethod
    def parse(cls, text: str) -> Growth:
        """Parse a target such as "O(n log n)"; spacing, case, n² and n**2 are tolerated."""
        if not isinstance(text, str):
            raise TypeError(f"complexity class must be text, got {type(text).__name__}")
        key = _normalise_class_text(text)
        for member in cls:
            if _normalise_class_text(member.value) == key:
                return member
        accepted = ", ".join(m.value for m in cls if m is not cls.WORSE)
        raise ValueError(f"unknown complexity class {text!r}; expected one of: {accepted}")

    @property
    def words(self) -> str:
        return _WORDS[self]


_RANK = {member: index for index, member in enumerate(Growth)}
_WORDS = {
    Growth.CONSTANT: "constant",
    Growth.LOG: "logarithmic",
    Growth.LINEAR: "linear",
    Growth.LINEARITHMIC: "n log n",
    Growth.QUADRATIC: "quadratic",
    Growth.WORSE: "worse than quadratic",
}


def _normalise_class_text(text: str) -> str:
    key = "".join(text.split()).lower()
    for old, new in (("²", "^2"), ("**", "^"), ("*", ""), ("·", ""), ("lg", "log")):
        key = key.replace(old, new)
    return key


def _max_growth(*classes: Growth | None) -> Growth:
    return max(c for c in classes if c is not None)


# --------------------------------------------------------------------------------------------
# Counted integers
# --------------------------------------------------------------------------------------------

class TraceTampered(DrillError):
    """The submission interfered with a measurement (tracing or tracemalloc switched off)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the measurement was tampered with: {reason}")
        self.reason = reason


class _Watch:
    """Which tracer is measuring right now; CountedInt checks it on every operation."""

    __slots__ = ("tracer", "untraced")

    def __init__(self) -> None:
        self.tracer: Any = None
        self.untraced = False


_WATCH = _Watch()
# Captured at import, before any submission runs, so a submission replacing sys.gettrace or
# sys.settrace cannot blind the checks below.
_gettrace = sys.gettrace
_settrace = sys.settrace
_getprofile = sys.getprofile
_setprofile = sys.setprofile
_reset_peak = tracemalloc.reset_peak
_threading_settrace = threading.settrace


def _untraced2(op: Callable[[Any, Any], Any], a: Any, b: Any) -> Any:
    # Reached when the current thread is not traced by the active measurement: the submission
    # switched tracing off (or runs work in a thread we do not trace) and is still comparing.
    if _WATCH.tracer is not None:
        _WATCH.untraced = True
    return op(a, b)


def _untraced1(op: Callable[[Any], Any], a: Any) -> Any:
    if _WATCH.tracer is not None:
        _WATCH.untraced = True
    return op(a)


class CountedInt(int):
    """An int whose comparisons, hash and basic arithmetic are Python-level methods.

    C builtins that compare or hash elements (sorted, `in`, min/max, dict/set, bisect, heapq)
    or add them (sum, accumulate) call back into these methods, so sys.settrace sees that work
    as 'call' and 'line' events. Each method body is one line: one call plus one line event per
    operation, and the check that tracing is still on costs no extra event. Results of
    arithmetic are plain ints, which is fine: the Python code using them is traced anyway.
    """

    __slots__ = ()

    def __eq__(self, other, _op=int.__eq__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __ne__(self, other, _op=int.__ne__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __lt__(self, other, _op=int.__lt__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __le__(self, other, _op=int.__le__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __gt__(self, other, _op=int.__gt__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __ge__(self, other, _op=int.__ge__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __hash__(self, _op=int.__hash__):
        return _op(self) if _gettrace() is _WATCH.tracer else _untraced1(_op, self)

    def __add__(self, other, _op=int.__add__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __radd__(self, other, _op=int.__radd__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __sub__(self, other, _op=int.__sub__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __rsub__(self, other, _op=int.__rsub__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __mul__(self, other, _op=int.__mul__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)

    def __neg__(self, _op=int.__neg__):
        # Stays counted: max-heaps push -x, and their comparisons must still be seen.
        return CountedInt(_op(self)) if _gettrace() is _WATCH.tracer else _untraced1(_op, self)

    def __rmul__(self, other, _op=int.__rmul__):
        return _op(self, other) if _gettrace() is _WATCH.tracer else _untraced2(_op, self, other)


def wrap_counted(value: Any) -> Any:
    """Copy `value`, turning every int (not bool) in lists, tuples, dicts and sets into CountedInt.

    Only exact built-in containers are rebuilt (the codec only delivers those); strings, floats,
    numpy arrays and everything else pass through unchanged. Shared sub-containers stay shared.
    """
    return _wrap(value, {})


def _wrap(value: Any, memo: dict[int, tuple[Any, Any]]) -> Any:
    kind = type(value)
    if kind is int:
        return CountedInt(value)
    if kind not in (list, tuple, dict, set, frozenset):
        return value
    seen = memo.get(id(value))
    if seen is not None:
        return seen[1]
    if kind is list:
        out: Any = []
        memo[id(value)] = (value, out)  # registered first so self-referencing lists terminate
        out.extend(_wrap(item, memo) for item in value)
    elif kind is dict:
        out = {}
        memo[id(value)] = (value, out)
        for key, item in value.items():
            out[_wrap(key, memo)] = _wrap(item, memo)
    else:
        out = kind(_wrap(item, memo) for item in value)
        memo[id(value)] = (value, out)
    return out


# --------------------------------------------------------------------------------------------
# Counting events
# --------------------------------------------------------------------------------------------

class _BudgetExceeded(BaseException):
    """Raised from the tracer to stop a run; BaseException so `except Exception` does not eat it."""


class _Refuse:
    """Replace module attributes (sys.settrace, ...) for the duration of a measurement.

    A replaced function records the attempt and does nothing, except for the calls the harness
    itself needs (threading starting a traced thread passes our own tracer). This catches the
    plain `sys.settrace(None)`; a submission that grabbed the original function before the
    measurement is caught afterwards by the state checks in count_events / measure_space.
    """

    def __init__(self, allowed: Any) -> None:
        self.allowed = allowed
        self.attempts: list[str] = []
        self._saved: list[tuple[Any, str, Any]] = []

    def patch(self, owner: Any, name: str, passthrough: Callable[..., Any] | None = None) -> None:
        original = getattr(owner, name)
        label = f"{getattr(owner, '__name__', owner)}.{name}"

        def guard(*args: Any, **kwargs: Any) -> Any:
            if passthrough is not None and args and args[0] is self.allowed:
                return passthrough(*args, **kwargs)
            self.attempts.append(f"{label}() was called during the measurement")
            return None

        self._saved.append((owner, name, original))
        setattr(owner, name, guard)

    def restore(self) -> None:
        while self._saved:
            owner, name, original = self._saved.pop()
            setattr(owner, name, original)


@dataclass(frozen=True)
class _Run:
    events: int
    over_budget: bool
    tamper: str | None


def _traced_run(func: Callable[..., Any], args: Sequence[Any], kwargs: Mapping[str, Any],
                budget: int) -> _Run:
    if _WATCH.tracer is not None:
        raise RuntimeError("count_events cannot be nested")
    events = 0
    calls = 0
    returns = 0
    over = False
    lines_off = False

    # Global trace function: CPython delivers only 'call' events here.
    def on_call(frame: Any, event: str, arg: Any) -> Any:
        nonlocal events, calls, over
        events += 1
        calls += 1
        if events > budget:
            over = True
            raise _BudgetExceeded
        return on_local

    # Local trace function: 'line', 'return', 'exception' for frames on_call accepted.
    def on_local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal events, returns, over, lines_off
        if event == "line":
            events += 1
            if events > budget:
                over = True
                raise _BudgetExceeded
        elif event == "return":
            returns += 1
            if not frame.f_trace_lines:  # frame.f_trace_lines = False hides a frame's loops
                lines_off = True
        return on_local

    refuse = _Refuse(allowed=on_call)
    previous_trace = _gettrace()
    previous_thread_hook = threading.gettrace()
    refuse.patch(sys, "settrace", passthrough=_settrace)
    refuse.patch(sys, "setprofile")
    refuse.patch(threading, "settrace")
    refuse.patch(threading, "setprofile")
    _WATCH.untraced = False
    _WATCH.tracer = on_call
    # Threads started through `threading` during the call are traced too (their bootstrap
    # calls sys.settrace(hook), which the guard lets through because the hook is ours).
    _threading_settrace(on_call)
    raised: BaseException | None = None
    tracing_after: Any = None
    try:
        _settrace(on_call)
        try:
            # Inline, not _consume(): a helper's own frame would be traced and counted.
            result = func(*args, **kwargs)
            if isinstance(result, types.GeneratorType):
                for _ in result:  # a generator does its work only when consumed
                    pass
        finally:
            tracing_after = _gettrace()
            _settrace(previous_trace)
    except _BudgetExceeded:
        over = True
    except BaseException as exc:  # noqa: BLE001 - re-raised below unless the budget explains it
        raised = exc
    finally:
        _WATCH.tracer = None
        _threading_settrace(previous_thread_hook)
        refuse.restore()

    if over:  # a cut run is "at least quadratic" whatever else the submission did
        return _Run(events=events, over_budget=True, tamper=None)
    if raised is not None:
        raise raised
    problems = list(refuse.attempts)
    if tracing_after is not on_call:
        problems.append("tracing was switched off (sys.gettrace() changed during the call)")
    if calls != returns:
        problems.append("calls were hidden from tracing (a frame's tracer was removed, or "
                        "work was still running in another thread)")
    if lines_off:
        problems.append("line tracing was switched off in a frame (f_trace_lines)")
    if _WATCH.untraced:
        problems.append("comparisons ran while tracing was switched off")
    tamper = "; ".join(dict.fromkeys(problems)) or None
    return _Run(events=events, over_budget=False, tamper=tamper)


def count_events(func: Callable[..., Any], args: Sequence[Any],
                 kwargs: Mapping[str, Any] | None = None, *, budget: int) -> int | None:
    """Run func(*args, **kwargs) under sys.settrace; return call+line events, or None over budget.

    Every frame is traced, nested calls and CountedInt methods included. The run is stopped as
    soon as the count passes `budget`; the previous trace function is always restored.
    Raises TraceTampered when the submission switched tracing off, so that a tampered run is
    never reported as fast. Exceptions raised by func propagate.
    """
    if budget < 1:
        raise ValueError("budget must be a positive number of events")
    run = _traced_run(func, tuple(args), dict(kwargs or {}), budget)
    if run.over_budget:
        return None
    if run.tamper:
        raise TraceTampered(run.tamper)
    return run.events


# --------------------------------------------------------------------------------------------
# Classifying counts
# --------------------------------------------------------------------------------------------

# Slope = log2 of how much the increment between successive sizes grows per doubling of n:
# O(log n) adds the same work at every doubling (slope 0), O(n) doubles it (1), O(n^2)
# quadruples it (2). Thresholds sit between the classes. n log n is only slightly above 1, by
# about log2((L+m)/(L+2))/(m-2) with L = log2(N) and m sizes, so that threshold is computed
# from the sizes (see _linearithmic_threshold) instead of being a constant.
SLOPE_LOG_MAX = 0.35       # below: O(log n) (log^2 n lands here too, ~0.2)
SLOPE_LINEARITHMIC_MAX = 1.5   # between n log n (~1.1) and n^2 (2)
SLOPE_QUADRATIC_MAX = 2.5      # between n^2 (2; n^2 log n ~2.1 is reported as n^2) and n^3 (3)
# Counts that grow by less than this many events per doubling, or do not grow at every
# doubling, are a constant plus noise: any O(log n) loop adds at least one line per doubling.
ERRATIC_GROWTH_PER_DOUBLING = 2


def _check_sizes(sizes: Sequence[int]) -> tuple[int, ...]:
    sizes = tuple(sizes)
    if len(sizes) < 3:
        raise ValueError(f"need at least 3 sizes (N, 2N, 4N, ...), got {list(sizes)}")
    if any(type(n) is not int or n < 1 for n in sizes):
        raise ValueError(f"sizes must be positive ints, got {list(sizes)}")
    if any(b != 2 * a for a, b in itertools.pairwise(sizes)):
        raise ValueError(f"sizes must double each step (N, 2N, 4N, ...), got {list(sizes)}")
    return sizes


def _linearithmic_threshold(first_size: int, m: int) -> float:
    # Midpoint between the slope of pure n (1) and pure n log n for these sizes. Pure n log n:
    # increment k is 2^k N (L + k + 2), so the endpoint slope is 1 + log2((L+m)/(L+2))/(m-2).
    level = math.log2(first_size)
    return 1.0 + 0.5 * math.log2((level + m) / (level + 2)) / (m - 2)


def classify_counts(sizes: Sequence[int], counts: Sequence[int | None]) -> Growth:
    """Fit a growth class to event counts at sizes N, 2N, 4N, ... (None = over budget).

    Deterministic. A cut run is at least QUADRATIC, and WORSE when the sizes that finished
    already grew quadratically (or fewer than two finished, so nothing shows it is within n^2):
    an O(n^2) target therefore needs a budget that an acceptable O(n^2) solution never hits.
    """
    sizes = _check_sizes(sizes)
    if len(counts) != len(sizes):
        raise ValueError(f"{len(counts)} counts for {len(sizes)} sizes")
    finished: list[int] = []
    for count in counts:
        if count is None:
            break
        finished.append(count)
    if len(finished) < len(sizes):
        return _classify_cut(sizes, finished)
    return _classify_complete(sizes, [float(c) for c in finished])


def _classify_cut(sizes: Sequence[int], finished: Sequence[int]) -> Growth:
    if len(finished) < 2:
        return Growth.WORSE
    if len(finished) == 2:
        # One step only: quadratic work quadruples per doubling (log2 ratio 2), n log n ~1.1.
        ratio = finished[1] / max(finished[0], 1)
        return Growth.WORSE if math.log2(max(ratio, 1e-9)) >= SLOPE_LINEARITHMIC_MAX \
            else Growth.QUADRATIC
    prefix = _classify_complete(sizes[:len(finished)], [float(c) for c in finished])
    return Growth.WORSE if prefix >= Growth.QUADRATIC else Growth.QUADRATIC


def _classify_complete(sizes: Sequence[int], counts: Sequence[float]) -> Growth:
    increments = [b - a for a, b in itertools.pairwise(counts)]
    doublings = len(increments)
    total = counts[-1] - counts[0]
    if max(increments) <= 0 or total < doublings:
        return Growth.CONSTANT
    if min(increments) <= 0:
        if total < ERRATIC_GROWTH_PER_DOUBLING * doublings:
            return Growth.CONSTANT
        # Growth that skipped a doubling: read the slope from the positive part only.
        increments = [max(d, 1.0) for d in increments]
    slope = math.log2(increments[-1] / increments[0]) / (doublings - 1)
    return _class_for_slope(slope, sizes[0], len(sizes))


def _class_for_slope(slope: float, first_size: int, m: int) -> Growth:
    if slope < SLOPE_LOG_MAX:
        return Growth.LOG
    if slope < _linearithmic_threshold(first_size, m):
        return Growth.LINEAR
    if slope < SLOPE_LINEARITHMIC_MAX:
        return Growth.LINEARITHMIC
    if slope < SLOPE_QUADRATIC_MAX:
        return Growth.QUADRATIC
    return Growth.WORSE


# Auxiliary bytes are noisier than event counts (allocator free lists, list over-allocation of
# up to 12.5%, int caches), so growth below this is treated as constant. Measured here: O(1)
# space functions vary by under 300 B between sizes (plus a one-off spike at the first size,
# which only lowers the growth); the smallest O(n) case in the corpus (a slice of n pointers,
# n = 64 to 512) grows by 3.6 KB.
SPACE_NOISE_BYTES = 2048


def classify_bytes(sizes: Sequence[int], aux_bytes: Sequence[int]) -> Growth:
    """Fit a growth class to auxiliary bytes at sizes N, 2N, 4N, ...

    Coarser than classify_counts: list over-allocation makes n and n log n indistinguishable in
    bytes, so n log n space is reported as O(n); n^2 and beyond are separated as usual.
    """
    sizes = _check_sizes(sizes)
    if len(aux_bytes) != len(sizes):
        raise ValueError(f"{len(aux_bytes)} byte counts for {len(sizes)} sizes")
    values = [float(max(b, 0)) for b in aux_bytes]
    if values[-1] - values[0] < SPACE_NOISE_BYTES:
        return Growth.CONSTANT
    # Increments under the noise floor are noise: clamp them so they cannot fake a steep slope.
    floor = SPACE_NOISE_BYTES / (len(values) - 1)
    increments = [max(b - a, floor) for a, b in itertools.pairwise(values)]
    slope = math.log2(increments[-1] / increments[0]) / (len(increments) - 1)
    if len(increments) >= 2:
        # Peak memory is a max, not a sum: a fixed-size temporary (a 40 KB debug print) hides the
        # data at small sizes and makes the first increments flat, which would fake a steep slope.
        # Read the growth where the data dominates too, at the top doubling, and keep the lower.
        top_increments = math.log2(increments[-1] / increments[-2])
        top_values = math.log2(values[-1] / max(values[-2], floor))
        slope = min(slope, max(top_increments, top_values))
    if slope < SLOPE_LOG_MAX:
        return Growth.LOG
    if slope < SLOPE_LINEARITHMIC_MAX:
        return Growth.LINEAR
    if slope < SLOPE_QUADRATIC_MAX:
        return Growth.QUADRATIC
    return Growth.WORSE


# Memory that grows no faster than this per extra level of recursion is what the frames hold
# (an index int past the small-int cache, a partial result): the depth already classifies it.
# Without this, recursion limited to ~1000 levels straddles CPython's small-int cache (ints up
# to 256 are shared) and shows a jump of 32 bytes per level in the last size only.
FRAME_BYTES_MAX = 512


def _frames_explain(aux_bytes: Sequence[int], depths: Sequence[int], depth_growth: Growth) -> bool:
    deeper = depths[-1] - depths[0]
    return (depth_growth >= Growth.LINEAR and deeper > 0
            and aux_bytes[-1] - aux_bytes[0] <= FRAME_BYTES_MAX * deeper)


def _classify_depths(sizes: Sequence[int], depths: Sequence[int]) -> Growth:
    # Depths are exact small integers: recursive binary search adds 1 per doubling (LOG), a
    # recursive walk over n items doubles (LINEAR). The count classifier reads them directly.
    return classify_counts(sizes, list(depths))


# --------------------------------------------------------------------------------------------
# CPU-time guard
# --------------------------------------------------------------------------------------------

GUARD_FACTOR = 32
# An n log n call grows by 32 * log(32 n1)/log(n1) ~= 32 * 1.5 = 48x from n1 ~ 1000 to 32 n1;
# a quadratic one by 1024x. The threshold is their geometric midpoint, sqrt(48 * 1024) ~= 222,
# which leaves a factor of 4.6 for timing noise on either side (measured here: linear code
# 29-35x, sorted() 54x, numpy sort 37-46x; list.insert(0) 865x, pop(0) 421x, slicing 558x).
GUARD_QUADRATIC_RATIO = 222.0
# Geometric midpoint between O(log n) (~1.5x for 32x input) and O(n) (32x): sqrt(1.5 * 32).
# Used only as a lower bound, for work that operation counting cannot see (numpy, copies).
GUARD_LINEAR_RATIO = 6.9
# Tiny calls are all overhead and noise: a claim needs this much extra CPU time at 32 n1.
# Measured here: the first call on a freshly built input pays cold cache and TLB misses, 40-70
# us for one np.searchsorted on 0.6-5 million elements, 3-5 us for an empty timed region after
# building a large list. 200 us keeps a 3x margin over that, so choose n1 such that linear
# work at 32 n1 costs at least ~1 ms (lists: n1 >= 1000; numpy: n1 >= 50,000). A hidden
# quadratic copy at 32 n1 takes tens of milliseconds.
GUARD_MIN_LINEAR_SECONDS = 200e-6
GUARD_MIN_QUADRATIC_SECONDS = 1e-3
# A quadratic claim also needs a small call long enough to time: a zero or near-zero t_small
# (a tick-granular clock, or n1 far too small) would make any ratio meaningless.
GUARD_MIN_SMALL_SECONDS = 10e-6
_NLOGN_EXCESS = 1.5


def _guard_thresholds(factor: int) -> tuple[float, float]:
    if factor == GUARD_FACTOR:
        return GUARD_LINEAR_RATIO, GUARD_QUADRATIC_RATIO
    return math.sqrt(_NLOGN_EXCESS * factor), math.sqrt(_NLOGN_EXCESS * factor ** 3)


def cpu_guard_verdict(t_small: float, t_large: float, factor: int = GUARD_FACTOR) -> Growth | None:
    """Lower bound on the class from per-call CPU time at n1 and factor*n1, or None.

    QUADRATIC: the large call took more than ~222x (for factor 32) the small one, so hidden
    copying makes it at least quadratic. LINEAR: it grew clearly (more than ~6.9x), so it is at
    least linear even if counting saw nothing (numpy). None: nothing beyond what counting says;
    time cannot separate n from n log n on a noisy machine, so the guard never claims that.
    """
    if factor < 2:
        raise ValueError("factor must be at least 2")
    if t_small < 0 or t_large < 0:
        raise ValueError("CPU times cannot be negative")
    linear_ratio, quadratic_ratio = _guard_thresholds(factor)
    ratio = t_large / max(t_small, 1e-9)
    extra = t_large - t_small
    if (ratio >= quadratic_ratio and extra >= GUARD_MIN_QUADRATIC_SECONDS
            and t_small >= GUARD_MIN_SMALL_SECONDS):
        return Growth.QUADRATIC
    if ratio >= linear_ratio and extra >= GUARD_MIN_LINEAR_SECONDS:
        return Growth.LINEAR
    return None


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
# Evidence
# --------------------------------------------------------------------------------------------

def _int_tuple(value: Any, name: str, *, allow_none: bool = False) -> tuple[Any, ...]:
    if not isinstance(value, (list, tuple)):
        # ValueError like every other malformed field, so callers catch one error type.
        raise ValueError(f"{name} must be a list")  # noqa: TRY004
    for item in value:
        if item is None and allow_none:
            continue
        if type(item) is not int:
            raise ValueError(f"{name} must hold ints, got {item!r}")
    return tuple(value)


def _float(value: Any, name: str) -> float:
    if type(value) not in (int, float) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def _optional_text(value: Any, name: str) -> str | None:
    if value is not None and type(value) is not str:
        raise ValueError(f"{name} must be text or null")
    return value


@dataclass(frozen=True)
class GuardEvidence:
    """Per-call CPU time at n_small and factor*n_small (minimum over repeats)."""

    n_small: int
    factor: int
    t_small: float
    t_large: float
    clock: str
    bound: Growth | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "bound", cpu_guard_verdict(self.t_small, self.t_large,
                                                            self.factor))

    @property
    def ratio(self) -> float:
        return self.t_large / max(self.t_small, 1e-9)

    @classmethod
    def from_times(cls, n_small: int, factor: int, small: Sequence[float],
                   large: Sequence[float], clock: str) -> GuardEvidence:
        """Build from repeated timings; the minimum is the least disturbed by other load."""
        if not small or not large:
            raise ValueError("need at least one timing per size")
        return cls(n_small=n_small, factor=factor, t_small=min(small), t_large=min(large),
                   clock=clock)

    def to_dict(self) -> dict[str, Any]:
        return {"n_small": self.n_small, "factor": self.factor, "t_small": self.t_small,
                "t_large": self.t_large, "clock": self.clock,
                "bound": None if self.bound is None else self.bound.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GuardEvidence:
        n_small, factor = data.get("n_small"), data.get("factor")
        if type(n_small) is not int or type(factor) is not int or n_small < 1 or factor < 2:
            raise ValueError("guard evidence needs int n_small >= 1 and factor >= 2")
        return cls(n_small=n_small, factor=factor,
                   t_small=_float(data.get("t_small"), "t_small"),
                   t_large=_float(data.get("t_large"), "t_large"),
                   clock=_optional_text(data.get("clock"), "clock") or "")


@dataclass(frozen=True)
class TimeEvidence:
    """Event counts per size, the class they fit, and optionally the CPU guard's lower bound."""

    sizes: tuple[int, ...]
    counts: tuple[int | None, ...]
    budget_per_size: int
    tampered: str | None = None
    guard: GuardEvidence | None = None
    count_growth: Growth = field(init=False)
    growth: Growth = field(init=False)

    def __post_init__(self) -> None:
        if len(self.counts) != len(self.sizes):
            raise ValueError(f"{len(self.counts)} counts for {len(self.sizes)} sizes")
        if self.tampered:
            # Never classify a tampered run: it fails every target.
            count_growth = Growth.WORSE
        else:
            count_growth = classify_counts(self.sizes, self.counts)
        object.__setattr__(self, "count_growth", count_growth)
        bound = None if self.guard is None else self.guard.bound
        object.__setattr__(self, "growth", _max_growth(count_growth, bound))

    def with_guard(self, guard: GuardEvidence) -> TimeEvidence:
        return TimeEvidence(sizes=self.sizes, counts=self.counts,
                            budget_per_size=self.budget_per_size, tampered=self.tampered,
                            guard=guard)

    @property
    def over_budget(self) -> bool:
        return any(c is None for c in self.counts)

    @property
    def caught_by_guard(self) -> bool:
        return self.guard is not None and self.growth > self.count_growth

    def meets(self, target: Growth) -> bool:
        return not self.tampered and self.growth <= target

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "time", "sizes": list(self.sizes), "counts": list(self.counts),
                "budget_per_size": self.budget_per_size, "tampered": self.tampered,
                "guard": None if self.guard is None else self.guard.to_dict(),
                "count_growth": self.count_growth.value, "growth": self.growth.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeEvidence:
        """Rebuild from to_dict() output; the class is recomputed, never read from the data."""
        budget = data.get("budget_per_size")
        if type(budget) is not int or budget < 1:
            raise ValueError("budget_per_size must be a positive int")
        guard = data.get("guard")
        return cls(sizes=_int_tuple(data.get("sizes"), "sizes"),
                   counts=_int_tuple(data.get("counts"), "counts", allow_none=True),
                   budget_per_size=budget,
                   tampered=_optional_text(data.get("tampered"), "tampered"),
                   guard=None if guard is None else GuardEvidence.from_dict(guard))


@dataclass(frozen=True)
class SpaceEvidence:
    """Auxiliary bytes (peak - baseline - returned value) and deepest call stack per size."""

    sizes: tuple[int, ...]
    aux_bytes: tuple[int, ...]
    output_bytes: tuple[int, ...]
    depths: tuple[int, ...]
    tampered: str | None = None
    bytes_growth: Growth = field(init=False)
    depth_growth: Growth = field(init=False)
    growth: Growth = field(init=False)
    held_by_frames: bool = field(init=False)  # the bytes grew only as the call stack did

    def __post_init__(self) -> None:
        if not len(self.sizes) == len(self.aux_bytes) == len(self.output_bytes) == len(self.depths):
            raise ValueError("sizes, aux_bytes, output_bytes and depths differ in length")
        held_by_frames = False
        if self.tampered:
            bytes_growth = depth_growth = Growth.WORSE
        else:
            depth_growth = _classify_depths(self.sizes, self.depths)
            held_by_frames = _frames_explain(self.aux_bytes, self.depths, depth_growth)
            if held_by_frames:
                bytes_growth = Growth.CONSTANT  # stack memory: the depth already counts it
            else:
                bytes_growth = classify_bytes(self.sizes, self.aux_bytes)
        object.__setattr__(self, "held_by_frames", held_by_frames)
        object.__setattr__(self, "bytes_growth", bytes_growth)
        object.__setattr__(self, "depth_growth", depth_growth)
        object.__setattr__(self, "growth", _max_growth(bytes_growth, depth_growth))

    def meets(self, target: Growth) -> bool:
        return not self.tampered and self.growth <= target

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "space", "sizes": list(self.sizes), "aux_bytes": list(self.aux_bytes),
                "output_bytes": list(self.output_bytes), "depths": list(self.depths),
                "tampered": self.tampered, "held_by_frames": self.held_by_frames,
                "bytes_growth": self.bytes_growth.value,
                "depth_growth": self.depth_growth.value, "growth": self.growth.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SpaceEvidence:
        """Rebuild from to_dict() output; the class is recomputed, never read from the data."""
        return cls(sizes=_int_tuple(data.get("sizes"), "sizes"),
                   aux_bytes=_int_tuple(data.get("aux_bytes"), "aux_bytes"),
                   output_bytes=_int_tuple(data.get("output_bytes"), "output_bytes"),
                   depths=_int_tuple(data.get("depths"), "depths"),
                   tampered=_optional_text(data.get("tampered"), "tampered"))


# --------------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------------

MakeArgs = Callable[[int], tuple[Sequence[Any], Mapping[str, Any]]]


def _build(make_args: MakeArgs, n: int) -> tuple[tuple[Any, ...], dict[str, Any]]:
    built = make_args(n)
    if not (isinstance(built, tuple) and len(built) == 2):
        raise TypeError("make_args(n) must return (args tuple, kwargs dict)")
    args, kwargs = built
    return tuple(args), dict(kwargs)


def _instance(func: Callable[..., Any], fresh: Callable[[], Callable[..., Any]] | None
              ) -> Callable[..., Any]:
    # Caches must not carry work from one size to the next, or a linear function looks O(1):
    # inputs are fresh at every size (content-keyed caches miss), functools caches are cleared,
    # and `fresh` (e.g. re-executing the solution module) resets module-level memo dicts.
    target = fresh() if fresh is not None else func
    cache_clear = getattr(target, "cache_clear", None)
    if callable(cache_clear):
        cache_clear()
    return target


def _warm_up(func: Callable[..., Any], make_args: MakeArgs, first_size: int,
             fresh: Callable[[], Callable[..., Any]] | None) -> None:
    # One untraced call first, so one-off costs (a first import inside the function) do not
    # inflate the smallest size. Half the smallest size, and a separate instance when `fresh`
    # is given, so whatever it caches cannot serve a measured call.
    args, kwargs = _build(make_args, max(1, first_size // 2))
    _consume(_instance(func, fresh)(*args, **kwargs))


def measure_time(func: Callable[..., Any], make_args: MakeArgs, sizes: Sequence[int], *,
                 budget_per_size: int, fresh: Callable[[], Callable[..., Any]] | None = None,
                 warm_up: bool = True) -> TimeEvidence:
    """Count events at each size on a fresh worst-case input (ints wrapped as CountedInt).

    make_args(n) -> (args, kwargs) must build a WORST-CASE input of size n (two-sum with no
    answer, binary search for an absent key): counting measures the input it is given. Sizes
    after the first over-budget one are not run. Tampering ends the measurement with
    `tampered` set, which fails every target.
    """
    sizes = _check_sizes(sizes)
    if warm_up:
        _warm_up(func, make_args, sizes[0], fresh)
    counts: list[int | None] = []
    for n in sizes:
        if counts and counts[-1] is None:
            counts.append(None)
            continue
        target = _instance(func, fresh)
        args, kwargs = _build(make_args, n)
        args, kwargs = wrap_counted(args), wrap_counted(kwargs)
        try:
            counts.append(count_events(target, args, kwargs, budget=budget_per_size))
        except TraceTampered as exc:
            unmeasured = (None,) * (len(sizes) - len(counts))
            return TimeEvidence(sizes=sizes, counts=(*counts, *unmeasured),
                                budget_per_size=budget_per_size, tampered=exc.reason)
    return TimeEvidence(sizes=sizes, counts=tuple(counts), budget_per_size=budget_per_size)


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
    def timings(n: int) -> list[float]:
        spent, out = 0.0, []
        while len(out) < repeats and (not out or spent < seconds_per_size):
            target = _instance(func, fresh)
            args, kwargs = _build(make_args, n)
            gc_was_enabled = gc.isenabled()
            gc.disable()  # a collection of unrelated garbage is not the call's cost (as timeit)
            try:
                start = clock()
                result = _consume(target(*args, **kwargs))
                elapsed = clock() - start
            finally:
                if gc_was_enabled:
                    gc.enable()
            del result  # freed outside the timed region
            out.append(elapsed)
            spent += elapsed
        return out

    small = timings(n_small)
    large = timings(factor * n_small)
    return GuardEvidence.from_times(n_small, factor, small, large,
                                    clock=getattr(clock, "__name__", "cpu clock"))


def _consume(result: Any) -> Any:
    if isinstance(result, types.GeneratorType):
        for _ in result:  # a generator does its work only when consumed
            pass
    return result


def _bytes_run(func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
               ) -> tuple[int, int, str | None]:
    """(auxiliary bytes, output bytes, tamper) of one call under tracemalloc alone.

    No profiler runs at the same time: a profiler makes CPython 3.11 run unspecialised
    bytecode, which loses the in-place `s = s + ch` and doubles that function's peak.
    """
    refuse = _Refuse(allowed=None)
    started_here = not tracemalloc.is_tracing()
    gc.collect()  # old garbage collected mid-call would lower the baseline, not the peak
    if started_here:
        tracemalloc.start()
    for name in ("stop", "start", "clear_traces", "reset_peak"):
        refuse.patch(tracemalloc, name)
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        _reset_peak()
        result = _consume(func(*args, **kwargs))
        tracing_after = tracemalloc.is_tracing()
        if tracing_after:
            current, peak = tracemalloc.get_traced_memory()
            # What only the returned value holds is output, not auxiliary space (LeetCode's
            # convention: "O(1) extra space; the output array does not count").
            del result
            without_result = tracemalloc.get_traced_memory()[0]
        else:
            current = peak = without_result = baseline
    finally:
        refuse.restore()
        if started_here and tracemalloc.is_tracing():
            tracemalloc.stop()
    problems = list(refuse.attempts)
    if not tracing_after:
        problems.append("tracemalloc was stopped during the call")
    output = max(current - without_result, 0)
    aux = max(peak - baseline - output, 0)
    return aux, output, "; ".join(dict.fromkeys(problems)) or None


def _depth_run(func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
               ) -> tuple[int, str | None]:
    """(deepest Python call stack, tamper) of one call, from a profile function."""
    depth = 0
    deepest = 0

    def on_event(frame: Any, event: str, arg: Any) -> None:
        nonlocal depth, deepest
        if event == "call":
            depth += 1
            deepest = max(deepest, depth)
        elif event == "return":  # also delivered when a frame unwinds through an exception
            depth -= 1

    refuse = _Refuse(allowed=on_event)
    refuse.patch(sys, "setprofile", passthrough=_setprofile)
    refuse.patch(threading, "setprofile")
    previous = _getprofile()
    profile_after: Any = None
    try:
        _setprofile(on_event)
        try:
            _consume(func(*args, **kwargs))
        finally:
            profile_after = _getprofile()
            _setprofile(previous)
    finally:
        refuse.restore()
    problems = list(refuse.attempts)
    if profile_after is not on_event:
        problems.append("the profiler was switched off (sys.setprofile changed during the call)")
    return deepest, "; ".join(dict.fromkeys(problems)) or None


def measure_space(func: Callable[..., Any], make_args: MakeArgs, sizes: Sequence[int], *,
                  fresh: Callable[[], Callable[..., Any]] | None = None,
                  warm_up: bool = True) -> SpaceEvidence:
    """Auxiliary space at each size: tracemalloc peak over the call, plus call depth.

    The input is built before tracing starts, so it is not counted; the returned value is not
    counted either (what it alone holds is measured and subtracted), but growth of the input
    (appending to an argument) is. Recursion depth is counted as space: a recursive walk of
    depth n is O(n) space even though tracemalloc does not see frames. Bytes and depth come
    from two separate calls on fresh inputs. Cost: tracemalloc adds about 1-2 us to every
    allocation (a Python loop past 256 allocates an int per step), so pick sizes whose largest
    call makes at most ~10^5 allocations; O(1) versus O(n) needs 7N pointers (N >= 64) of growth.
    """
    sizes = _check_sizes(sizes)
    if warm_up:
        _warm_up(func, make_args, sizes[0], fresh)
    aux_all: list[int] = []
    outputs: list[int] = []
    depths: list[int] = []
    for n in sizes:
        args, kwargs = _build(make_args, n)
        aux, output, tamper = _bytes_run(_instance(func, fresh), args, kwargs)
        if not tamper:
            args, kwargs = _build(make_args, n)
            depth, tamper = _depth_run(_instance(func, fresh), args, kwargs)
        if tamper:
            pad = len(sizes) - len(aux_all)
            return SpaceEvidence(sizes=sizes, aux_bytes=tuple(aux_all) + (0,) * pad,
                                 output_bytes=tuple(outputs) + (0,) * pad,
                                 depths=tuple(depths) + (0,) * pad, tampered=tamper)
        aux_all.append(aux)
        outputs.append(output)
        depths.append(depth)
    return SpaceEvidence(sizes=sizes, aux_bytes=tuple(aux_all), output_bytes=tuple(outputs),
                         depths=tuple(depths))


# --------------------------------------------------------------------------------------------
# Explaining
# --------------------------------------------------------------------------------------------

def _fmt_bytes(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def _fmt_seconds(t: float) -> str:
    if t < 1e-3:
        return f"{t * 1e6:.0f} us"
    if t < 1:
        return f"{t * 1e3:.1f} ms"
    return f"{t:.2f} s"


def _growth_words(growth: Growth, sizes: Sequence[int], values: Sequence[int | None],
                  noun: str) -> str:
    done = [(n, v) for n, v in zip(sizes, values) if v is not None]
    name = f"{growth.words}, {growth.value}" if growth is not Growth.WORSE else growth.value
    if growth is Growth.CONSTANT:
        return f"the {noun} stayed flat as n grew: {name}"
    if growth is Growth.LOG:
        added = (done[-1][1] - done[0][1]) / max(len(done) - 1, 1)
        return f"each doubling of n added about the same {noun} (+{added:,.0f}): {name}"
    if growth in (Growth.LINEAR, Growth.LINEARITHMIC) and len(done) >= 2:
        (n0, a), (n1, b) = done[0], done[-1]
        if growth is Growth.LINEAR and noun == "memory":
            # Memory of dicts and sets grows in steps, so one doubling can show x1.3 or x2.7;
            # the whole range tells the story without contradicting itself.
            return f"{n1 // n0}x input gave {b / max(a, 1):.1f}x {noun}: {name}"
        (_, a), (_, b) = done[-2], done[-1]
        how = "doubled" if growth is Growth.LINEAR else "slightly more than doubled"
        return f"doubling n {how} the {noun} (x{b / max(a, 1):.2f}): {name}"
    if len(done) >= 3:
        (n0, a), (n1, b) = done[-3], done[-1]
        return f"{n1 // n0}x input gave {b / max(a, 1):.1f}x {noun}: {name}"
    return f"{noun} grew too fast to measure every size: {name}"


def explain(evidence: TimeEvidence | SpaceEvidence, target: Growth) -> str:
    """One to three lines a candidate understands: the numbers, what they mean, the verdict."""
    verdict = "met" if evidence.meets(target) else "not met"
    tail = f"Target {target.value}: {verdict}."
    if evidence.tampered:
        return f"The measurement was tampered with ({evidence.tampered}). {tail}"
    if isinstance(evidence, TimeEvidence):
        parts = []
        for n, c in zip(evidence.sizes, evidence.counts):
            parts.append(f"n={n:,}: {c:,}" if c is not None
                         else f"n={n:,}: over the budget of {evidence.budget_per_size:,}")
        lines = [f"work per size (operations counted): {' · '.join(parts)}"]
        if evidence.over_budget:
            bound = "more than quadratic" if target >= Growth.QUADRATIC else "at least quadratic"
            reading = (f"the work outgrew the budget of {evidence.budget_per_size:,} operations "
                       f"per size (generous for {target.value}): {bound}")
        else:
            reading = _growth_words(evidence.count_growth, evidence.sizes, evidence.counts,
                                    "work")
        lines[0] += f" — {reading}."
        guard = evidence.guard
        if guard is not None and evidence.caught_by_guard:
            assert guard.bound is not None
            why = ("copying inside built-in calls (insert/pop at the front, slicing, "
                   "string building) that counting cannot see"
                   if guard.bound is Growth.QUADRATIC else
                   "work inside compiled code (numpy, C builtins) that counting cannot see")
            lines.append(f"CPU time: {guard.factor}x input took {guard.ratio:,.0f}x the time "
                         f"(n={guard.n_small:,}: {_fmt_seconds(guard.t_small)}, "
                         f"n={guard.n_small * guard.factor:,}: {_fmt_seconds(guard.t_large)}): "
                         f"{why}; at least {guard.bound.value}.")
        lines[-1] += f" {tail}"
        return "\n".join(lines)
    parts = [f"n={n:,}: {_fmt_bytes(b)}" for n, b in zip(evidence.sizes, evidence.aux_bytes)]
    if evidence.held_by_frames:
        reading = "it grew only with the call stack (values held by each frame)"
    else:
        reading = _growth_words(evidence.bytes_growth, evidence.sizes, evidence.aux_bytes,
                                "memory")
    line1 = f"extra memory per size: {' · '.join(parts)} — {reading}."
    line2 = (f"deepest call stack: {evidence.depths[0]:,} to {evidence.depths[-1]:,} frames "
             f"({evidence.depth_growth.value}); auxiliary space {evidence.growth.value}. {tail}")
    return f"{line1}\n{line2}"
