"""Wrong: reports the posteriors correctly, then passes the prior counts again to the probability
and loss formulas (a helper that "adds the prior" is given posterior counts). The numbers belong
to a doubled prior."""

import math


def _log_beta(x, y):
    return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)


def _prob_b_greater(a, b, c, d):
    base = _log_beta(a, b)
    return math.fsum(math.exp(_log_beta(a + i, b + d) - math.log(d + i) - _log_beta(1 + i, d) - base)
                     for i in range(c))


def _with_prior(alpha, beta, prior):
    return alpha + prior[0], beta + prior[1]


def bayesian_ab(successes_a: int, n_a: int, successes_b: int, n_b: int, prior: tuple[int, int] = (1, 1)) -> dict:
    for value in (successes_a, n_a, successes_b, n_b, *prior):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("counts and prior must be ints")
    if not (0 <= successes_a <= n_a and 0 <= successes_b <= n_b) or min(prior) < 1:
        raise ValueError("bad counts or prior")
    post_a = (prior[0] + successes_a, prior[1] + n_a - successes_a)
    post_b = (prior[0] + successes_b, prior[1] + n_b - successes_b)
    a, b = _with_prior(*post_a, prior)
    c, d = _with_prior(*post_b, prior)
    prob = _prob_b_greater(a, b, c, d)
    loss = a / (a + b) * (1 - _prob_b_greater(a + 1, b, c, d)) - c / (c + d) * (1 - _prob_b_greater(a, b, c + 1, d))
    return {"posterior_a": post_a, "posterior_b": post_b, "prob_b_better": prob, "expected_loss_b": max(0.0, loss)}
