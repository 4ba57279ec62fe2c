"""Checks shared by the visible and hidden tests of one_way_anova (no hidden inputs here)."""

from harness.authoring import check, check_close, check_equal, short_repr

KEYS = ("f", "df_between", "df_within", "p_value")


def check_result(got, want: dict, *, call: str, tol: dict) -> None:
    check(type(got) is dict and set(got) == set(KEYS),
          lambda: f"{call} returned {short_repr(got, 80)}; expected a dict with exactly the keys {list(KEYS)}")
    for key in ("df_between", "df_within"):
        check_equal(got[key], want[key], call=f"{call}[{key!r}]")
    for key in ("f", "p_value"):
        check(isinstance(got[key], float), lambda key=key: f"{call}[{key!r}] is {short_repr(got[key], 40)}; "
                                                           "expected a float")
        if want[key] == float("inf"):
            check(got[key] == float("inf"), lambda key=key: f"{call}[{key!r}] is {got[key]!r}; expected inf")
        else:
            check_close(got[key], want[key], call=f"{call}[{key!r}]", **tol)
