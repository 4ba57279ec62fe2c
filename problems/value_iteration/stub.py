"""Value iteration for a finite MDP: synchronous Bellman backups, a stated stopping rule, the greedy policy."""

import numpy as np


def value_iteration(P, R, gamma: float, tol: float = 1e-10,
                    max_iter: int = 10_000) -> tuple[np.ndarray, np.ndarray, int]:
    raise NotImplementedError("write your solution here")
