"""Checks shared by the visible and hidden tests of chi_square_test (no hidden inputs here)."""

from harness.authoring import check, check_close, check_equal, short_repr

KEYS = ("statistic", "dof", "p_value", "expected")


def check_result(got, want: dict, *, call: str, tol: dict) -> None:
    import numpy as np

    check(type(got) is dict and set(got) == set(KEYS),
          lambda: f"{call} returned {short_repr(got, 80)}; expected a dict with exactly the keys {list(KEYS)}")
    check_equal(got["dof"], want["dof"], call=f"{call}['dof']")
    for key in ("statistic", "p_value"):
        check(isinstance(got[key], float), lambda key=key: f"{call}[{key!r}] is {short_repr(got[key], 40)}; "
                                                           "expected a float")
        check_close(got[key], want[key], call=f"{call}[{key!r}]", **tol)
    expected = np.asarray(want["expected"], dtype=np.float64)
    check(isinstance(got["expected"], np.ndarray) and got["expected"].dtype == np.float64
          and got["expected"].shape == expected.shape,
          lambda: f"{call}['expected'] is {short_repr(got['expected'], 60)}; expected a float64 numpy array of "
                  f"shape {expected.shape}")
    check_close(got["expected"], expected, call=f"{call}['expected']", **tol)
