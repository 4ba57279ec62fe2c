"""Checks shared by the visible and hidden tests of wilson_interval (no hidden inputs here)."""

import pytest

from harness.trusted.numeric import check_close
from harness.trusted.remote import SubmissionRaised, short_repr
from harness.trusted.checks import check


def check_interval(got, want: tuple[float, float], *, call: str, tol: dict) -> None:
    """got is a tuple (low, high) inside [0, 1], close to want."""
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (low, high) of two numbers")
    check_close(got[0], want[0], call=f"the low bound of {call}", **tol)
    check_close(got[1], want[1], call=f"the high bound of {call}", **tol)
    low, high = float(got[0]), float(got[1])
    check(0.0 <= low <= high <= 1.0,
          lambda: f"{call} returned ({low!r}, {high!r}); need 0 <= low <= high <= 1 exactly (clip to [0, 1])")


def expect_value_error(solution, *args) -> None:
    call = f"wilson_interval{args!r}"
    with pytest.raises(SubmissionRaised) as info:
        got = solution.wilson_interval(*args)
        check(False, f"{call} returned {short_repr(got, 60)}; expected it to raise ValueError")
    check(info.value.error_type == "ValueError",
          f"{call} raised {info.value.error_type}: {info.value.error_message}; expected ValueError")
