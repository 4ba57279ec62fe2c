"""Worker side: auxiliary space of a call, as its tracemalloc peak plus its deepest call stack.

Runs next to the submission (in the worker, shipped there by harness.trusted.complexity_check;
in-process in tests). Import this module before the submission runs (the zygote preloads it):
it captures sys.getprofile, sys.setprofile and tracemalloc.reset_peak at import.
"""

from __future__ import annotations

import gc
import sys
import threading
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any

from harness.complexity import calling
from harness.complexity.calling import MakeArgs, Refuse
from harness.complexity.classify import check_sizes
from harness.complexity.evidence import SpaceEvidence

__all__ = ["measure_space"]

# Captured at import, before any submission runs, so a submission replacing them cannot blind
# the checks below.
_getprofile = sys.getprofile
_setprofile = sys.setprofile
_reset_peak = tracemalloc.reset_peak


def _bytes_run(func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
               ) -> tuple[int, int, str | None]:
    """(auxiliary bytes, output bytes, tamper) of one call under tracemalloc alone.

    No profiler runs at the same time: a profiler makes CPython 3.11 run unspecialised
    bytecode, which loses the in-place `s = s + ch` and doubles that function's peak.
    """
    refuse = Refuse(allowed=None)
    started_here = not tracemalloc.is_tracing()
    gc.collect()  # old garbage collected mid-call would lower the baseline, not the peak
    if started_here:
        tracemalloc.start()
    for name in ("stop", "start", "clear_traces", "reset_peak"):
        refuse.patch(tracemalloc, name)
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        _reset_peak()
        result = calling.consume(func(*args, **kwargs))
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

    refuse = Refuse(allowed=on_event)
    refuse.patch(sys, "setprofile", passthrough=_setprofile)
    refuse.patch(threading, "setprofile")
    previous = _getprofile()
    profile_after: Any = None
    try:
        _setprofile(on_event)
        try:
            calling.consume(func(*args, **kwargs))
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
    sizes = check_sizes(sizes)
    if warm_up:
        calling.warm_up(func, make_args, sizes[0], fresh)
    aux_all: list[int] = []
    outputs: list[int] = []
    depths: list[int] = []
    for n in sizes:
        args, kwargs = calling.build_args(make_args, n)
        aux, output, tamper = _bytes_run(calling.fresh_instance(func, fresh), args, kwargs)
        if not tamper:
            args, kwargs = calling.build_args(make_args, n)
            depth, tamper = _depth_run(calling.fresh_instance(func, fresh), args, kwargs)
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

