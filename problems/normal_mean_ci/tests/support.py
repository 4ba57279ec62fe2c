"""Checks shared by the visible and hidden tests of normal_mean_ci (no hidden inputs here)."""

import pytest

from harness.trusted.numeric import check_close
from harness.trusted.remote import SubmissionRaised, short_repr
from harness.trusted.checks import check


def check_interval(got, want: tuple[float, float], *, call: str, tol: dict) -> None:
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (low, high) of two numbers")
    check_close(got[0], want[0], call=f"the low bound of {call}", **tol)
    check_close(got[1], want[1], call=f"the high bound of {call}", **tol)


def expect_value_error(solution, call: str, *args, **kwargs) -> None:
    with pytest.raises(SubmissionRaised) as info:
        got = solution.normal_mean_ci(*args, **kwargs)
        check(False, f"{call} returned {short_repr(got, 60)}; expected it to raise ValueError")
    check(info.value.error_type == "ValueError",
          f"{call} raised {info.value.error_type}: {info.value.error_message}; expected ValueError")
