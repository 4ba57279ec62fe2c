"""Wrong: accepts item i with the right probability k / (i + 1) but always overwrites the most
recently filled slot instead of a uniformly chosen one, so the early slots are frozen with the
first items of the stream."""

from collections.abc import Iterable

import numpy as np


def reservoir_sample(stream: Iterable, k: int, rng: np.random.Generator) -> list:
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    reservoir: list = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
        elif rng.random() < k / (i + 1):
            reservoir[-1] = item
    return reservoir
