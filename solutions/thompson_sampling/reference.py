"""Reference: one draw from each arm's Beta(1 + successes, 1 + failures) posterior, play the
largest; in the simulation, update the played arm's counts with a Bernoulli reward."""

import numpy as np


def choose_arm(successes: list[int], failures: list[int], rng: np.random.Generator) -> int:
    draws = rng.beta(1.0 + np.asarray(successes, dtype=np.float64), 1.0 + np.asarray(failures, dtype=np.float64))
    return int(np.argmax(draws))


def run_bandit(true_probs: list[float], horizon: int, rng: np.random.Generator) -> tuple[list[int], list[int]]:
    k = len(true_probs)
    successes, failures = [0] * k, [0] * k
    arms, rewards = [], []
    for _ in range(horizon):
        arm = choose_arm(successes, failures, rng)
        reward = int(rng.random() < true_probs[arm])
        if reward:
            successes[arm] += 1
        else:
            failures[arm] += 1
        arms.append(arm)
        rewards.append(reward)
    return arms, rewards
