"""Reservoir sampling with Algorithm L: geometric skips over the stream instead of a draw per item."""

import math
from collections.abc import Iterable
from itertools import islice

import numpy as np


def _open_unit(rng: np.random.Generator) -> float:
    # rng.random() is in [0, 1); 1 - u is in (0, 1], so its log is finite.
    return 1.0 - float(rng.random())


def reservoir_sample(stream: Iterable, k: int, rng: np.random.Generator) -> list:
    if k < 0:
        raise ValueError("k must be non-negative")
    it = iter(stream)
    reservoir = list(islice(it, k))
    if k == 0 or len(reservoir) < k:
        return reservoir
    # w is the largest of k uniform keys in the reservoir; the next item to enter is a geometric jump.
    w = math.exp(math.log(_open_unit(rng)) / k)
    while True:
        if w >= 1.0:
            # Only reachable through rounding with a huge stream; the remaining items never enter.
            return reservoir
        skip = math.floor(math.log(_open_unit(rng)) / math.log1p(-w))
        # Drop `skip` items, then take the next one if the stream has it.
        nxt = next(islice(it, skip, skip + 1), _END)
        if nxt is _END:
            return reservoir
        reservoir[int(rng.integers(0, k))] = nxt
        w *= math.exp(math.log(_open_unit(rng)) / k)


_END = object()
