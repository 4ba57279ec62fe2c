"""Beta-Bernoulli Thompson sampling: choose an arm from posterior counts, and simulate a bandit."""

import numpy as np


def choose_arm(successes: list[int], failures: list[int], rng: np.random.Generator) -> int:
    """One draw per arm from Beta(1 + successes, 1 + failures); the index of the largest draw."""
    raise NotImplementedError("write your solution here")


def run_bandit(true_probs: list[float], horizon: int, rng: np.random.Generator) -> tuple[list[int], list[int]]:
    """Play `horizon` rounds with choose_arm; return (arms played, rewards received), one per round."""
    raise NotImplementedError("write your solution here")
