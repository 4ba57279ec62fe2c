"""Checks shared by the visible and hidden tests of welch_ttest (no hidden inputs here)."""


from harness.authoring import check, check_close, short_repr


def check_pair(got, want: tuple[float, float], *, call: str, tol: dict) -> None:
    """got is a tuple (t, df) close to want."""
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (t, df) of two numbers")
    check_close(got[0], want[0], call=f"the t of {call}", **tol)
    check_close(got[1], want[1], call=f"the df of {call}", **tol)
