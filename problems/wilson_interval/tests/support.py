"""Checks shared by the visible and hidden tests of wilson_interval (no hidden inputs here)."""


from harness.authoring import check, check_close, short_repr


def check_interval(got, want: tuple[float, float], *, call: str, tol: dict) -> None:
    """got is a tuple (low, high) inside [0, 1], close to want."""
    check(type(got) is tuple and len(got) == 2,
          lambda: f"{call} returned {short_repr(got, 60)}; expected a tuple (low, high) of two numbers")
    check_close(got[0], want[0], call=f"the low bound of {call}", **tol)
    check_close(got[1], want[1], call=f"the high bound of {call}", **tol)
    low, high = float(got[0]), float(got[1])
    check(0.0 <= low <= high <= 1.0,
          lambda: f"{call} returned ({low!r}, {high!r}); need 0 <= low <= high <= 1 exactly (clip to [0, 1])")
