"""Shared by both ranking_metrics test files: judging the returned dict."""

import math

from harness.authoring import check

KEYS = ("precision", "recall", "map", "mrr")


def check_metrics(got, want, call, tol) -> None:
    check(type(got) is dict and set(got) == set(KEYS),
          lambda: f"{call} returned {got!r}; expected a dict with exactly the keys {list(KEYS)}")
    for key in KEYS:
        value = got[key]
        check(type(value) is float,
              lambda key=key, value=value: f"{call}[{key!r}] is {value!r} ({type(value).__name__}); expected a "
                                           "Python float")
        check(math.isclose(value, want[key], rel_tol=tol["rtol"], abs_tol=tol["atol"]),
              lambda key=key, value=value: f"{call}[{key!r}] = {value!r}; expected {want[key]!r} "
                                           f"(all expected: { {k: round(v, 6) for k, v in want.items()} })")
