"""Temperature, top-k and nucleus filtering of next-token logits, and sampling with a numpy generator."""

import numpy as np


def filtered_probs(logits: np.ndarray, temperature: float = 1.0, top_k: int | None = None,
                   top_p: float | None = None) -> np.ndarray:
    raise NotImplementedError("write your solution here")


def sample(logits: np.ndarray, rng: np.random.Generator, temperature: float = 1.0, top_k: int | None = None,
           top_p: float | None = None) -> np.ndarray:
    raise NotImplementedError("write your solution here")
