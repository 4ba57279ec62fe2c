"""Exact Bayesian A/B quantities; each P(Y > X) sums over whichever alpha is smaller (the mirror
identity P(Y > X) = 1 - P(X > Y)), with vectorised log-terms."""

import math

import numpy as np

_lgamma = np.vectorize(math.lgamma, otypes=[np.float64])


def _lbeta(x, y):
    return _lgamma(x) + _lgamma(y) - _lgamma(np.add(x, y))


def _p_second_greater_direct(a1, b1, a2, b2):
    """P(Y > X), X ~ Beta(a1, b1), Y ~ Beta(a2, b2): the sum over i < a2."""
    i = np.arange(a2, dtype=np.float64)
    logs = _lbeta(a1 + i, b1 + b2) - np.log(b2 + i) - _lbeta(1 + i, b2) - _lbeta(a1, b1)
    return math.fsum(np.exp(logs).tolist())


def _p_second_greater(a1, b1, a2, b2):
    if a2 <= a1:
        return _p_second_greater_direct(a1, b1, a2, b2)
    return 1.0 - _p_second_greater_direct(a2, b2, a1, b1)


def _is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def bayesian_ab(successes_a: int, n_a: int, successes_b: int, n_b: int,
                prior: tuple[int, int] = (1, 1)) -> dict:
    for s, n in ((successes_a, n_a), (successes_b, n_b)):
        if not (_is_int(s) and _is_int(n)) or not 0 <= s <= n:
            raise ValueError("counts must be ints with 0 <= successes <= n")
    prior = tuple(prior)
    if len(prior) != 2 or not all(_is_int(p) and p > 0 for p in prior):
        raise ValueError("prior must be two positive ints")
    a_a, b_a = prior[0] + successes_a, prior[1] + n_a - successes_a
    a_b, b_b = prior[0] + successes_b, prior[1] + n_b - successes_b
    prob = min(1.0, max(0.0, _p_second_greater(a_a, b_a, a_b, b_b)))
    gain_a = a_a / (a_a + b_a) * _p_second_greater(a_b, b_b, a_a + 1, b_a)
    gain_b = a_b / (a_b + b_b) * _p_second_greater(a_b + 1, b_b, a_a, b_a)
    loss = max(0.0, gain_a - gain_b)
    return {"posterior_a": (a_a, b_a), "posterior_b": (a_b, b_b),
            "prob_b_better": float(prob), "expected_loss_b": float(loss)}
