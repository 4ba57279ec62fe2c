"""Wrong: samples Beta(successes, failures), forgetting the uniform prior's +1. An arm with no
successes or no failures yet has an invalid Beta (numpy raises), and with counts it is a
different, more extreme posterior than Beta(1 + s, 1 + f)."""

import numpy as np


def choose_arm(successes: list[int], failures: list[int], rng: np.random.Generator) -> int:
    draws = rng.beta(np.asarray(successes, dtype=np.float64), np.asarray(failures, dtype=np.float64))
    return int(np.argmax(draws))


def run_bandit(true_probs: list[float], horizon: int, rng: np.random.Generator) -> tuple[list[int], list[int]]:
    k = len(true_probs)
    successes, failures = [1] * k, [1] * k  # starts at 1 to avoid the invalid Beta(0, 0)
    arms, rewards = [], []
    for _ in range(horizon):
        arm = choose_arm(successes, failures, rng)
        reward = int(rng.random() < true_probs[arm])
        successes[arm] += reward
        failures[arm] += 1 - reward
        arms.append(arm)
        rewards.append(reward)
    return arms, rewards
