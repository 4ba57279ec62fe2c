"""Worker side: counting sys.settrace events while the submission runs, its ints made countable.

Runs next to the submission (in the worker, shipped there by harness.trusted.complexity_check;
in-process in tests). measure_time counts call and line events at n = N, 2N, 4N, 8N on
worst-case inputs whose ints are CountedInt, so comparisons and hashing done inside C builtins
(sorted, `in`, min, dict/set, bisect, heapq, sum) are counted too. Deterministic; the counts are
classified by harness.complexity.classify. Import this module before the submission runs (the
zygote preloads it): it captures sys.gettrace and sys.settrace at import.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from harness.complexity import calling
from harness.complexity.calling import MakeArgs, Refuse
from harness.complexity.classify import check_sizes
from harness.complexity.evidence import TimeEvidence
from harness.errors import DrillError

__all__ = ["CountedInt", "TraceTampered", "count_events", "measure_time", "wrap_counted"]


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

    refuse = Refuse(allowed=on_call)
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
            # Inline, not calling.consume(): a helper's own frame would be traced and counted.
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
# Measuring
# --------------------------------------------------------------------------------------------

def measure_time(func: Callable[..., Any], make_args: MakeArgs, sizes: Sequence[int], *,
                 budget_per_size: int, fresh: Callable[[], Callable[..., Any]] | None = None,
                 warm_up: bool = True) -> TimeEvidence:
    """Count events at each size on a fresh worst-case input (ints wrapped as CountedInt).

    make_args(n) -> (args, kwargs) must build a WORST-CASE input of size n (two-sum with no
    answer, binary search for an absent key): counting measures the input it is given. Sizes
    after the first over-budget one are not run. Tampering ends the measurement with
    `tampered` set, which fails every target.
    """
    sizes = check_sizes(sizes)
    if warm_up:
        calling.warm_up(func, make_args, sizes[0], fresh)
    counts: list[int | None] = []
    for n in sizes:
        if counts and counts[-1] is None:
            counts.append(None)
            continue
        target = calling.fresh_instance(func, fresh)
        args, kwargs = calling.build_args(make_args, n)
        args, kwargs = wrap_counted(args), wrap_counted(kwargs)
        try:
            counts.append(count_events(target, args, kwargs, budget=budget_per_size))
        except TraceTampered as exc:
            unmeasured = (None,) * (len(sizes) - len(counts))
            return TimeEvidence(sizes=sizes, counts=(*counts, *unmeasured),
                                budget_per_size=budget_per_size, tampered=exc.reason)
    return TimeEvidence(sizes=sizes, counts=tuple(counts), budget_per_size=budget_per_size)
