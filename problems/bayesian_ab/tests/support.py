"""Checks shared by the visible and hidden tests of bayesian_ab (no hidden inputs here)."""

from harness.authoring import check, check_close, check_equal, short_repr

KEYS = ("posterior_a", "posterior_b", "prob_b_better", "expected_loss_b")


def check_result(got, want: dict, *, call: str, tol: dict) -> None:
    """got has exactly the stated keys, integer posteriors equal to want's, and both numbers close."""
    check(type(got) is dict and set(got) == set(KEYS),
          lambda: f"{call} returned {short_repr(got, 80)}; expected a dict with exactly the keys {list(KEYS)}")
    for key in ("posterior_a", "posterior_b"):
        check_equal(got[key], tuple(want[key]), call=f"{call}[{key!r}]")
    for key in ("prob_b_better", "expected_loss_b"):
        value = got[key]
        check(isinstance(value, float), lambda key=key, value=value:
              f"{call}[{key!r}] is {short_repr(value, 40)}; expected a float")
        check_close(value, float(want[key]), call=f"{call}[{key!r}]", **tol)
    check(0.0 <= got["prob_b_better"] <= 1.0 and got["expected_loss_b"] >= 0.0,
          lambda: f"{call} returned prob_b_better = {got['prob_b_better']!r} and expected_loss_b = "
                  f"{got['expected_loss_b']!r}; a probability lies in [0, 1] and a loss is >= 0")
