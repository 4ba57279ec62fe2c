"""Wrong for the target complexity: keeps the k largest values seen so far in an ascending Python
list; a new value larger than the smallest of them replaces it with best.pop(0) and
bisect.insort(best, x). Correct, and the comparisons are only O(log k) per value, but pop(0)
shifts the other k - 1 values one place: O(k) per value, O(n * k) in all, which is O(n^2) for
k = n / 2. The shifting happens inside list.pop (C code), so operation counting sees O(n log n)
and only the CPU-time guard sees it. heapq (heapreplace on a heap of k) does the same in
O(log k)."""

import bisect


def find_kth_largest(nums: list[int], k: int) -> int:
    best = sorted(nums[:k])  # the k largest so far, ascending
    for x in nums[k:]:
        if x > best[0]:
            best.pop(0)
            bisect.insort(best, x)
    return best[0]
