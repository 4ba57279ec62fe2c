"""Wrong: evaluates the exact sum with Beta functions built from math.gamma. Right for small counts,
but Gamma(x) overflows past x = 171, so any arm with more than about 170 users raises
OverflowError."""

import math


def _beta(x, y):
    return math.gamma(x) * math.gamma(y) / math.gamma(x + y)


def _prob_b_greater(a, b, c, d):
    return sum(_beta(a + i, b + d) / ((d + i) * _beta(1 + i, d) * _beta(a, b)) for i in range(c))


def bayesian_ab(successes_a: int, n_a: int, successes_b: int, n_b: int, prior: tuple[int, int] = (1, 1)) -> dict:
    for value in (successes_a, n_a, successes_b, n_b, *prior):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("counts and prior must be ints")
    if not (0 <= successes_a <= n_a and 0 <= successes_b <= n_b) or min(prior) < 1:
        raise ValueError("bad counts or prior")
    a, b = prior[0] + successes_a, prior[1] + n_a - successes_a
    c, d = prior[0] + successes_b, prior[1] + n_b - successes_b
    prob = _prob_b_greater(a, b, c, d)
    loss = a / (a + b) * (1 - _prob_b_greater(a + 1, b, c, d)) - c / (c + d) * (1 - _prob_b_greater(a, b, c + 1, d))
    return {"posterior_a": (a, b), "posterior_b": (c, d), "prob_b_better": prob, "expected_loss_b": max(0.0, loss)}
