"""Helpers for problem authors' tests: type-strict comparisons with messages that teach.

A failed check raises CheckFailed whose text is the whole report line: which call, what came back,
what was expected. Values compared here were decoded from the worker by the strict codec, so
they are exact built-in types; comparison is type-strict too (True is not 1, 1.0 is not 1).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from harness.trusted.remote import short_repr


class CheckFailed(AssertionError):
    """A test's verdict on the submission's answer."""


def strict_equal(got, want) -> bool:
    """Equality that also requires the same types all the way down; NaN never equals anything."""
    if type(got) is not type(want):
        return False
    if isinstance(want, float):
        return got == want  # NaN != NaN by IEEE rules, which is what we want here
    if isinstance(want, (list, tuple)):
        return len(got) == len(want) and all(strict_equal(g, w) for g, w in zip(got, want))
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
        for i, (g, w) in enumerate(zip(got, want)):
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
