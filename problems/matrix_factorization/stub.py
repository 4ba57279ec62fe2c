"""Matrix factorisation by alternating least squares on the observed ratings, and top-k recommendation."""

import numpy as np


def als(R: np.ndarray, observed: np.ndarray, U0: np.ndarray, V0: np.ndarray, lam: float,
        n_iters: int = 10) -> tuple[np.ndarray, np.ndarray]:
    raise NotImplementedError("write your solution here")


def recommend(U: np.ndarray, V: np.ndarray, observed: np.ndarray, user: int, k: int) -> list[int]:
    raise NotImplementedError("write your solution here")
