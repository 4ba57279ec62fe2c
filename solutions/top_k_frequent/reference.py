"""Top K Frequent: count with a dict, then keep the k best by (-count, value) with a heap.

O(n + d log k) time for d distinct values (at worst O(n log n)), O(n) space.
"""

import heapq
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = Counter(nums)
    # nsmallest keeps a heap of size k and returns the winners already in key order.
    return heapq.nsmallest(k, counts, key=lambda value: (-counts[value], value))
