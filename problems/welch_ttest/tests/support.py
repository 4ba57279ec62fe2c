"""Checks shared by the visible and hidden tests of welch_ttest (no hidden inputs here)."""

import pytest

from harness.trusted.numeric import check_close
from harness.trusted.remote import SubmissionRaised, short_repr
from harness.trusted.checks import check


def check_pair(got, want: tuple[float, float], *, call: str, tol: dict) -> None:
    """got is a tuple (t, df) close to want."""
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (t, df) of two numbers")
    check_close(got[0], want[0], call=f"the t of {call}", **tol)
    check_close(got[1], want[1], call=f"the df of {call}", **tol)


def expect_value_error(solution, a, b, call: str) -> None:
    with pytest.raises(SubmissionRaised) as info:
        got = solution.welch_ttest(a, b)
        check(False, f"{call} returned {short_repr(got, 60)}; expected it to raise ValueError")
    check(info.value.error_type == "ValueError",
          f"{call} raised {info.value.error_type}: {info.value.error_message}; expected ValueError")
