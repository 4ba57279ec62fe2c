"""Bayesian A/B test: Beta posteriors, the exact P(p_B > p_A) for integer parameters, and the expected loss of shipping B."""


def bayesian_ab(successes_a: int, n_a: int, successes_b: int, n_b: int,
                prior: tuple[int, int] = (1, 1)) -> dict:
    raise NotImplementedError("write your solution here")
