"""Worker side: how a measurement calls the function it measures (counting, space, the guard).

Runs next to the submission (in the worker, or in-process in tests): inputs built per size,
a fresh function instance per call so caches cannot carry work across sizes, generators
consumed, and the patches that refuse a submission's attempts to switch a measurement off.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["MakeArgs", "Refuse", "build_args", "consume", "fresh_instance", "warm_up"]

MakeArgs = Callable[[int], tuple[Sequence[Any], Mapping[str, Any]]]


class Refuse:
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


def build_args(make_args: MakeArgs, n: int) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """make_args(n) checked and normalised to (args tuple, kwargs dict)."""
    built = make_args(n)
    if not (isinstance(built, tuple) and len(built) == 2):
        raise TypeError("make_args(n) must return (args tuple, kwargs dict)")
    args, kwargs = built
    return tuple(args), dict(kwargs)


def fresh_instance(func: Callable[..., Any], fresh: Callable[[], Callable[..., Any]] | None
                   ) -> Callable[..., Any]:
    """The function to call next: a new one from `fresh` if given, its functools cache cleared."""
    # Caches must not carry work from one size to the next, or a linear function looks O(1):
    # inputs are fresh at every size (content-keyed caches miss), functools caches are cleared,
    # and `fresh` (e.g. re-executing the solution module) resets module-level memo dicts.
    target = fresh() if fresh is not None else func
    cache_clear = getattr(target, "cache_clear", None)
    if callable(cache_clear):
        cache_clear()
    return target


def warm_up(func: Callable[..., Any], make_args: MakeArgs, first_size: int,
            fresh: Callable[[], Callable[..., Any]] | None) -> None:
    """One untimed, untraced call at half the smallest size."""
    # One untraced call first, so one-off costs (a first import inside the function) do not
    # inflate the smallest size. Half the smallest size, and a separate instance when `fresh`
    # is given, so whatever it caches cannot serve a measured call.
    args, kwargs = build_args(make_args, max(1, first_size // 2))
    consume(fresh_instance(func, fresh)(*args, **kwargs))


def consume(result: Any) -> Any:
    """The result, after running a generator to its end (it does its work only when consumed)."""
    if isinstance(result, types.GeneratorType):
        for _ in result:  # a generator does its work only when consumed
            pass
    return result
