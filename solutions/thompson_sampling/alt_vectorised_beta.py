"""Thompson sampling with one vectorised Beta draw over all arms per round."""

import numpy as np


def choose_arm(successes: list[int], failures: list[int], rng: np.random.Generator) -> int:
    s = np.asarray(successes, dtype=np.float64)
    f = np.asarray(failures, dtype=np.float64)
    draws = rng.beta(1.0 + s, 1.0 + f)
    return int(np.argmax(draws))


def run_bandit(true_probs: list[float], horizon: int, rng: np.random.Generator) -> tuple[list[int], list[int]]:
    probs = np.asarray(true_probs, dtype=np.float64)
    s = np.zeros(len(probs), dtype=np.int64)
    f = np.zeros(len(probs), dtype=np.int64)
    arms: list[int] = []
    rewards: list[int] = []
    for _ in range(horizon):
        arm = choose_arm(s.tolist(), f.tolist(), rng)
        reward = int(rng.random() < probs[arm])
        s[arm] += reward
        f[arm] += 1 - reward
        arms.append(arm)
        rewards.append(reward)
    return arms, rewards
