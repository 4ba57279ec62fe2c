"""Checks shared by the visible and hidden tests of ab_sample_size (no hidden inputs here)."""

import pytest

from harness.trusted.remote import SubmissionRaised, short_repr
from harness.trusted.checks import call_text, check


def check_n(got, want: int, *, call: str, unrounded: float | None = None) -> None:
    """got is the Python int want; the message shows the unrounded value when it helps."""
    check(type(got) is int, lambda: f"{call} returned {short_repr(got, 40)} (a {type(got).__name__}); expected "
                                    f"the int {want} (math.ceil returns an int)")
    extra = f" (unrounded {unrounded:.6f}: round up)" if unrounded is not None else ""
    check(got == want, lambda: f"{call} returned {got}; expected {want}{extra}")


def expect_value_error(solution, *args) -> None:
    call = call_text("ab_sample_size", *args)
    with pytest.raises(SubmissionRaised) as info:
        got = solution.ab_sample_size(*args)
        check(False, f"{call} returned {short_repr(got, 40)}; expected it to raise ValueError")
    check(info.value.error_type == "ValueError",
          f"{call} raised {info.value.error_type}: {info.value.error_message}; expected ValueError")
