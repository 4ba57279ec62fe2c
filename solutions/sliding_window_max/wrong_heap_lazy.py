"""Wrong for the target complexity: a max-heap of (value, index) with stale entries dropped lazily
(correct answers, O(n log n): the heap holds every value when the values rise)."""

import heapq


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    heap: list[tuple[int, int]] = []
    out: list[int] = []
    for i, x in enumerate(nums):
        heapq.heappush(heap, (-x, i))
        if i >= k - 1:
            while heap[0][1] <= i - k:
                heapq.heappop(heap)
            out.append(-heap[0][0])
    return out
