"""Thompson sampling with each Beta draw built from two Gamma draws, in a plain loop."""

import numpy as np


def choose_arm(successes: list[int], failures: list[int], rng: np.random.Generator) -> int:
    best_arm = 0
    best_draw = -1.0
    for arm, (s, f) in enumerate(zip(successes, failures, strict=True)):
        # Beta(a, b) = X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) independent.
        x = float(rng.gamma(1.0 + s))
        y = float(rng.gamma(1.0 + f))
        draw = x / (x + y)
        if draw > best_draw:
            best_arm, best_draw = arm, draw
    return best_arm


def run_bandit(true_probs: list[float], horizon: int, rng: np.random.Generator) -> tuple[list[int], list[int]]:
    wins = [0] * len(true_probs)
    losses = [0] * len(true_probs)
    arms: list[int] = []
    rewards: list[int] = []
    for _ in range(horizon):
        arm = choose_arm(wins, losses, rng)
        reward = 1 if float(rng.random()) < true_probs[arm] else 0
        if reward:
            wins[arm] += 1
        else:
            losses[arm] += 1
        arms.append(arm)
        rewards.append(reward)
    return arms, rewards
