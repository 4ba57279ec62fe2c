"""Wrong: keeps the first k items and ignores the rest of the stream. Fast and reproducible, and
not a sample at all: an item after position k is never chosen."""

from collections.abc import Iterable
from itertools import islice

import numpy as np


def reservoir_sample(stream: Iterable, k: int, rng: np.random.Generator) -> list:
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    return list(islice(stream, k))
