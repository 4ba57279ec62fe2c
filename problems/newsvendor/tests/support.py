"""Checks shared by the visible and hidden tests of newsvendor (no hidden inputs here)."""

from harness.authoring import check, check_close, check_equal, short_repr

KEYS = ("order", "expected_cost", "critical_ratio")


def check_result(got, want: dict, *, call: str, tol: dict) -> None:
    check(type(got) is dict and set(got) == set(KEYS),
          lambda: f"{call} returned {short_repr(got, 80)}; expected a dict with exactly the keys {list(KEYS)}")
    check_equal(got["order"], want["order"], call=f"{call}['order']")
    for key in ("critical_ratio", "expected_cost"):
        check(isinstance(got[key], float), lambda key=key: f"{call}[{key!r}] is {short_repr(got[key], 40)}; "
                                                           "expected a float")
        check_close(got[key], want[key], call=f"{call}[{key!r}]", **tol)
