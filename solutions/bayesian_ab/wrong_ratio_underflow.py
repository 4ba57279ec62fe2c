"""Wrong: builds the terms of the (mirrored) sum by multiplying each by its ratio to the next,
starting from exp(log t_0). Log space is left too early: with about 1,300 successes per arm t_0 is
around 2^-1300, which underflows to 0, so every term is 0 and P(p_B > p_A) comes out as 1."""

import math


def _greater(a, b, c, d):
    """P(Beta(c, d) > Beta(a, b)) = sum_{i < c} t_i, t_{i+1} / t_i = (a + i)(d + i) / ((1 + i)(a + b + d + i))."""
    log_t0 = (math.lgamma(a) + math.lgamma(b + d) - math.lgamma(a + b + d)) - (
        math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))
    t = math.exp(log_t0)  # underflows to 0 when the arms have about 1,000 successes each
    terms = []
    for i in range(c):
        terms.append(t)
        t *= (a + i) * (d + i) / ((1 + i) * (a + b + d + i))
    return math.fsum(terms)


def bayesian_ab(successes_a, n_a, successes_b, n_b, prior=(1, 1)):
    for x in (successes_a, n_a, successes_b, n_b):
        if type(x) is not int:
            raise ValueError("counts must be integers")
    if not (0 <= successes_a <= n_a) or not (0 <= successes_b <= n_b):
        raise ValueError("successes must lie between 0 and n")
    if len(prior) != 2 or any(type(p) is not int or p < 1 for p in prior):
        raise ValueError("prior must be two positive integers")
    aA, bA = prior[0] + successes_a, prior[1] + (n_a - successes_a)
    aB, bB = prior[0] + successes_b, prior[1] + (n_b - successes_b)
    p_a_wins = _greater(aB, bB, aA, bA)          # P(p_A > p_B): a sum over aA terms
    prob_b = min(1.0, max(0.0, 1.0 - p_a_wins))
    first = aA / (aA + bA) * _greater(aB, bB, aA + 1, bA)      # E[p_A 1{p_A > p_B}]
    second = aB / (aB + bB) * _greater(aB + 1, bB, aA, bA)     # E[p_B 1{p_A > p_B}]
    return {"posterior_a": (aA, bA), "posterior_b": (aB, bB), "prob_b_better": prob_b,
            "expected_loss_b": max(0.0, first - second)}
