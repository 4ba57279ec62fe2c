"""Wrong for the target complexity: finds the rotation point with a binary search, then undoes
the rotation with nums[pivot:] + nums[:pivot] and bisects the sorted copy. The answer is right and
the comparisons are O(log n), but building the copy touches all n values: O(n) time and O(n)
extra space for what should be O(log n) and O(1). The copying happens inside list slicing and
concatenation (C code), so operation counting sees O(log n); the CPU-time guard and the space
check see it."""

import bisect


def search_rotated(nums: list[int], target: int) -> int:
    if not nums:
        return -1
    lo, hi = 0, len(nums) - 1
    while lo < hi:  # binary search for the smallest value: the rotation point
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    ordered = nums[pivot:] + nums[:pivot]  # undo the rotation
    i = bisect.bisect_left(ordered, target)
    if i < len(ordered) and ordered[i] == target:
        return (i + pivot) % len(nums)
    return -1
