"""Checks shared by the visible and hidden tests of ab_sample_size (no hidden inputs here)."""


from harness.authoring import check, short_repr


def check_n(got, want: int, *, call: str, unrounded: float | None = None) -> None:
    """got is the Python int want; the message shows the unrounded value when it helps."""
    check(type(got) is int, lambda: f"{call} returned {short_repr(got, 40)} (a {type(got).__name__}); expected "
                                    f"the int {want} (math.ceil returns an int)")
    extra = f" (unrounded {unrounded:.6f}: round up)" if unrounded is not None else ""
    check(got == want, lambda: f"{call} returned {got}; expected {want}{extra}")
