"""Kth Largest with a min-heap of the k largest values seen so far: O(n log k) time, O(k) space."""

import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    heap = nums[:k]
    heapq.heapify(heap)  # heap[0] is the smallest of the k largest so far
    for x in nums[k:]:
        if x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
