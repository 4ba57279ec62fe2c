"""Wrong by one: draws the slot from range(i) instead of range(i + 1) for item number i (0-based),
so item i enters with probability k / i instead of k / (i + 1). The first item after the
reservoir fills always gets in, and late items are favoured over early ones."""

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
            j = int(rng.integers(0, i))
            if j < k:
                reservoir[j] = item
    return reservoir
