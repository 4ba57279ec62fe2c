"""Wrong: plays the arm with the highest posterior mean (1 + s) / (2 + s + f) instead of sampling.
Deterministic given the counts, so it never explores: an arm that looks slightly worse early is
never tried again, and the choice frequencies are nothing like P(arm is best)."""

import numpy as np


def choose_arm(successes: list[int], failures: list[int], rng: np.random.Generator) -> int:
    s = np.asarray(successes, dtype=np.float64)
    f = np.asarray(failures, dtype=np.float64)
    return int(np.argmax((1.0 + s) / (2.0 + s + f)))


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
