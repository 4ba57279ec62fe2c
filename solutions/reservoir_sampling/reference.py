"""Reference: Algorithm R. Keep the first k items; item number i (0-based, i >= k) replaces a
uniformly chosen slot with probability k / (i + 1), which keeps every k-subset equally likely."""

from collections.abc import Iterable

import numpy as np


def reservoir_sample(stream: Iterable, k: int, rng: np.random.Generator) -> list:
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    reservoir: list = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
        else:
            j = int(rng.integers(0, i + 1))
            if j < k:
                reservoir[j] = item
    return reservoir
