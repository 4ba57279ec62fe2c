"""Reference: Beta-Binomial posteriors; P(p_B > p_A) as an exact finite sum for integer parameters,
each term in log space (lgamma) and the terms added with fsum; the expected loss from the same
sum with size-biased (alpha + 1) posteriors."""

import math


def _log_beta(x: int, y: int) -> float:
    return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)


def _prob_second_greater(a: int, b: int, c: int, d: int) -> float:
    """P(Y > X) for X ~ Beta(a, b), Y ~ Beta(c, d), integer parameters: a sum of c terms, or one
    minus the mirrored sum of a terms when that is shorter (ties have probability 0)."""
    if a < c:
        return max(0.0, 1.0 - _sum_second_greater(c, d, a, b))
    return _sum_second_greater(a, b, c, d)


def _sum_second_greater(a: int, b: int, c: int, d: int) -> float:
    base = _log_beta(a, b)
    terms = (math.exp(_log_beta(a + i, b + d) - math.log(d + i) - _log_beta(1 + i, d) - base) for i in range(c))
    return min(1.0, math.fsum(terms))


def _check_count(name: str, value) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{name} must be an int, got {value!r}")


def bayesian_ab(successes_a: int, n_a: int, successes_b: int, n_b: int, prior: tuple[int, int] = (1, 1)) -> dict:
    for name, value in (("successes_a", successes_a), ("n_a", n_a), ("successes_b", successes_b), ("n_b", n_b),
                        ("prior[0]", prior[0]), ("prior[1]", prior[1])):
        _check_count(name, value)
    if not (0 <= successes_a <= n_a and 0 <= successes_b <= n_b):
        raise ValueError("need 0 <= successes <= n in each arm")
    if len(prior) != 2 or prior[0] < 1 or prior[1] < 1:
        raise ValueError(f"the prior must be two positive integers, got {prior!r}")
    alpha_a, beta_a = prior[0] + successes_a, prior[1] + n_a - successes_a
    alpha_b, beta_b = prior[0] + successes_b, prior[1] + n_b - successes_b
    prob_b = _prob_second_greater(alpha_a, beta_a, alpha_b, beta_b)
    # E[max(p_A - p_B, 0)] = E[p_A 1{p_A > p_B}] - E[p_B 1{p_A > p_B}], and E[p 1{event}] = E[p] P'(event)
    # where P' draws p from its size-biased law Beta(alpha + 1, beta).
    a_wins_biased_a = 1.0 - _prob_second_greater(alpha_a + 1, beta_a, alpha_b, beta_b)
    a_wins_biased_b = 1.0 - _prob_second_greater(alpha_a, beta_a, alpha_b + 1, beta_b)
    loss_b = (alpha_a / (alpha_a + beta_a) * a_wins_biased_a - alpha_b / (alpha_b + beta_b) * a_wins_biased_b)
    return {"posterior_a": (alpha_a, beta_a), "posterior_b": (alpha_b, beta_b),
            "prob_b_better": prob_b, "expected_loss_b": max(0.0, loss_b)}
