"""Helpers for problem authors' tests: type-strict comparisons with messages that teach.

A failed check raises CheckFailed whose text is the whole report line: which call, what came back,
what was expected. Values compared here were decoded from the worker by the strict codec, so
they are exact built-in types; comparison is type-strict too (True is not 1, 1.0 is not 1).
"""

from __future__ import annotations

import functools
import inspect
import json
import math
from collections.abc import Callable
from pathlib import Path

from harness.catalogue.support import FACTS_FILE
from harness.errors import ProblemError
from harness.trusted.remote import SubmissionRaised, short_repr


class CheckFailed(AssertionError):
    """A test's verdict on the submission's answer."""


def strict_equal(got, want) -> bool:
    """Equality that also requires the same types all the way down; NaN never equals anything."""
    if type(got) is not type(want):
        return False
    if isinstance(want, float):
        return got == want  # NaN != NaN by IEEE rules, which is what we want here
    if isinstance(want, (list, tuple)):
        return len(got) == len(want) and all(strict_equal(g, w) for g, w in zip(got, want, strict=True))
    if isinstance(want, dict):
        return got.keys() == want.keys() and all(strict_equal(got[k], want[k]) for k in want)
    if isinstance(want, (set, frozenset)):
        return got == want and {type(x) for x in got} <= {type(w) for w in want}
    return got == want


def type_name(value) -> str:
    t = type(value)
    if t.__module__ == "numpy":
        return f"numpy.{t.__name__}"
    return t.__name__


def describe_mismatch(got, want) -> str:
    if type(got) is not type(want):
        return f"returned {short_repr(got)} (a {type_name(got)}); expected a {type_name(want)}: {short_repr(want)}"
    if isinstance(want, float) and isinstance(got, float) and math.isnan(got):
        return f"returned nan; expected {want!r}"
    if isinstance(want, list) and len(got) != len(want):
        return f"returned a list of length {len(got)}; expected length {len(want)}: {short_repr(want)}"
    if isinstance(want, (list, tuple)):
        for i, (g, w) in enumerate(zip(got, want, strict=False)):
            if not strict_equal(g, w):
                return (f"returned {short_repr(got)}; expected {short_repr(want)} "
                        f"(first difference at index {i}: {short_repr(g, 40)} vs {short_repr(w, 40)})")
    return f"returned {short_repr(got)}; expected {short_repr(want)}"


def call_text(name: str, *args, **kwargs) -> str:
    parts = [short_repr(a, 80) for a in args] + [f"{k}={short_repr(v, 40)}" for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


def check_equal(got, want, *, call: str) -> None:
    """Fail with '<call> returned X; expected Y' unless got equals want with the same types."""
    if not strict_equal(got, want):
        raise CheckFailed(f"{call} {describe_mismatch(got, want)}")


def check(condition: bool, message: str | Callable[[], str]) -> None:
    """Fail with `message` unless condition holds (for answers judged by a checker).

    Pass a callable (a lambda) when the message is costly to build: it is only called on failure.
    """
    if not condition:
        raise CheckFailed(message() if callable(message) else message)


def check_cpu_within(spent: float, limit: float, message: str | Callable[[], str]) -> None:
    """Fail with `message` unless `spent` CPU seconds are at most `limit` (a speed test's verdict).

    The limit should come from a baseline timed on the grading machine, never a fixed number of
    seconds. The two figures are also written down for benchmarks/bench_margins.py, which
    measures how far from the limit each solution lands over many seeds."""
    from harness.trusted import margins

    margins.record("speed", seconds=spent, limit=limit)
    check(spent <= limit, message)


def _exception_names(expected) -> tuple[str, ...]:
    items = expected if isinstance(expected, tuple) else (expected,)
    names = tuple(item if isinstance(item, str) else getattr(item, "__name__", "") for item in items)
    if not names or not all(names):
        raise TypeError(f"expect_raises: expected an exception type or its name, or a tuple of them; got {expected!r}")
    return names


def expect_raises(expected, action: Callable, *args, call: str, why: str = "", **kwargs) -> SubmissionRaised:
    """Fail unless `action(*args, **kwargs)` makes the submission raise one of `expected`.

    `expected` is an exception type or its name (`ValueError` or "ValueError"), or a tuple of
    them; the worker reports the type by name, so the match is by exact name (a subclass of
    ValueError is not a ValueError here). `action` is anything that calls into the worker:
    `solution.f`, a method of a remote object, `worker.probe` with a probe that lets the
    exception out, or a lambda. `call` is how the report names the call; `why` (optional) says
    what the prompt asks for, e.g. "the AUC needs a positive and a negative". Returns the
    SubmissionRaised, so a test can look at the message. A timeout or crash is not caught: it
    fails the test with its own message.
    """
    names = _exception_names(expected)
    wanted = " or ".join(names)
    reason = f" ({why})" if why else ""
    try:
        got = action(*args, **kwargs)
    except SubmissionRaised as raised:
        if raised.error_type not in names:
            raise CheckFailed(f"{call} raised {raised.error_type}: {raised.error_message}; "
                              f"expected {wanted}{reason}") from None
        return raised
    raise CheckFailed(f"{call} returned {short_repr(got, 60)}; expected it to raise {wanted}{reason}")


def fact(name: str):
    """A number the prompt states about the tests, from [facts] in problem.toml.

    The grader writes the problem's facts next to the test files (harness.catalogue.support), so
    a test that reads its sizes and limits here cannot drift from the prompt that states them.
    The file is looked up beside the module that calls (a test file or a support module), never
    on the import path, where another folder could shadow it.
    """
    frame = inspect.currentframe()
    caller = frame.f_back.f_globals.get("__file__") if frame is not None and frame.f_back is not None else None
    del frame
    folder = Path(caller).resolve().parent if caller else Path.cwd()
    facts = _delivered_facts(folder)
    if name not in facts:
        known = ", ".join(sorted(facts)) or "none"
        raise ProblemError(f"fact({name!r}): problem.toml has no such entry in [facts] (it has: {known})",
                           hint="add it to [facts] and state it in prompt.md as {{ " + name + " }}")
    return facts[name]


@functools.cache
def _delivered_facts(folder: Path) -> dict:
    path = folder / FACTS_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProblemError(f"fact(): no {path}",
                           hint="facts are delivered next to the tests when drill runs them "
                                "(drill test, drill grade, drill validate)") from None
