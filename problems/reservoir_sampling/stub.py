"""Reservoir sampling: k items chosen uniformly at random from a stream of unknown length, in one
pass and O(k) memory, using only the numpy Generator passed in."""

from collections.abc import Iterable

import numpy as np


def reservoir_sample(stream: Iterable, k: int, rng: np.random.Generator) -> list:
    raise NotImplementedError("write your solution here")
