"""Wrong order: keeps the right k values in a min-heap of size k, but returns the heap's
internal array as is. A heap is only partly ordered (smallest at index 0, the rest in no
particular order), so the values come back in the wrong order; it needed a final sort."""

import heapq
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    heap: list[tuple[int, int]] = []
    for value, count in Counter(nums).items():
        heapq.heappush(heap, (count, -value))  # the weakest entry sits on top
        if len(heap) > k:
            heapq.heappop(heap)
    return [-negated for _, negated in heap]
