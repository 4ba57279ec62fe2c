"""Wrong: treats Python's heapq as a max-heap. heapq is a MIN-heap, so popping k times yields
the k-th SMALLEST element (right only when it happens to equal the k-th largest)."""

import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    heap = list(nums)
    heapq.heapify(heap)
    for _ in range(k - 1):
        heapq.heappop(heap)
    return heap[0]
