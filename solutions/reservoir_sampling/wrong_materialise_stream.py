"""Wrong for a stream: copies the whole stream into a list and lets rng.choice pick k positions.
The sample is uniform, but memory grows with the stream's length (O(n) instead of O(k)), which
a stream too long to store cannot afford."""

from collections.abc import Iterable

import numpy as np


def reservoir_sample(stream: Iterable, k: int, rng: np.random.Generator) -> list:
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    items = list(stream)
    if k >= len(items):
        return items
    return [items[int(i)] for i in rng.choice(len(items), size=k, replace=False)]
