"""Checks shared by the visible and hidden tests of normal_mean_ci (no hidden inputs here)."""


from harness.authoring import check, check_close, short_repr


def check_interval(got, want: tuple[float, float], *, call: str, tol: dict) -> None:
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (low, high) of two numbers")
    check_close(got[0], want[0], call=f"the low bound of {call}", **tol)
    check_close(got[1], want[1], call=f"the high bound of {call}", **tol)
