"""Checks shared by the visible and hidden tests of ab_test_ztest (no hidden inputs here)."""


import numpy as np

from harness.authoring import check, check_close, short_repr, type_name

KEYS = {"lift", "z", "p_value", "significant"}


def check_result(got, want: dict, *, call: str, tol: dict) -> None:
    """got is a dict with the four keys, numbers close to want and the same decision."""
    check(type(got) is dict, lambda: f"{call} returned {short_repr(got, 60)}; expected a dict with keys "
                                     f"{sorted(KEYS)}")
    check(set(got) == KEYS, lambda: f"{call} returned a dict with keys {sorted(map(str, got))}; expected exactly "
                                    f"{sorted(KEYS)}")
    for key in ("lift", "z", "p_value"):
        check_close(got[key], want[key], call=f"{call}[{key!r}]", **tol)
    decision = got["significant"]
    # isinstance, not the type's name: numpy 2 renamed numpy.bool_ to numpy.bool.
    check(isinstance(decision, (bool, np.bool_)),
          lambda: f"{call}['significant'] is {short_repr(decision, 40)} (a {type_name(decision)}); expected a bool "
                  "(or a numpy boolean)")
    check(bool(decision) == want["significant"],
          lambda: f"{call}['significant'] is {bool(decision)}; expected {want['significant']} "
                  f"(p_value {want['p_value']:.6g} {'<' if want['significant'] else '>='} alpha)")
