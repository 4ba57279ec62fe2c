"""Reservoir sampling by random keys: keep the k items with the smallest uniform keys in a max-heap."""

import heapq
from collections.abc import Iterable

import numpy as np


def reservoir_sample(stream: Iterable, k: int, rng: np.random.Generator) -> list:
    if k < 0:
        raise ValueError("k must be non-negative")
    if k == 0:
        return []
    # heapq is a min-heap, so store negated keys: heap[0] is the largest key kept. The position breaks
    # ties between equal keys without comparing the items themselves.
    heap: list[tuple[float, int, object]] = []
    for pos, item in enumerate(stream):
        key = float(rng.random())
        if len(heap) < k:
            heapq.heappush(heap, (-key, pos, item))
        elif key < -heap[0][0]:
            heapq.heapreplace(heap, (-key, pos, item))
    # A short stream comes back whole and in stream order.
    return [item for _, _, item in sorted(heap, key=lambda entry: entry[1])]
