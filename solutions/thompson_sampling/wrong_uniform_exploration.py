"""Wrong: an epsilon-greedy habit gone too far: it samples every arm's posterior but then, half of
the time, plays a uniformly random arm anyway. Choice frequencies are pulled toward 1/K, and in
the bandit the regret keeps growing linearly."""

import numpy as np


def choose_arm(successes: list[int], failures: list[int], rng: np.random.Generator) -> int:
    draws = rng.beta(1.0 + np.asarray(successes, dtype=np.float64), 1.0 + np.asarray(failures, dtype=np.float64))
    if rng.random() < 0.5:
        return int(rng.integers(0, len(draws)))
    return int(np.argmax(draws))


def run_bandit(true_probs: list[float], horizon: int, rng: np.random.Generator) -> tuple[list[int], list[int]]:
    k = len(true_probs)
    successes, failures = [0] * k, [0] * k
    arms, rewards = [], []
    for _ in range(horizon):
        arm = choose_arm(successes, failures, rng)
        reward = int(rng.random() < true_probs[arm])
        successes[arm] += reward
        failures[arm] += 1 - reward
        arms.append(arm)
        rewards.append(reward)
    return arms, rewards
