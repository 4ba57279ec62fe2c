"""Search a rotated sorted array in two binary searches: find where the rotation starts, then search the sorted run that can hold target."""

from bisect import bisect_left


def search_rotated(nums: list[int], target: int) -> int:
    if not nums:
        return -1
    lo, hi = 0, len(nums) - 1
    while lo < hi:  # the smallest value: the first index whose value is below the last one
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    start = lo
    if start > 0 and target >= nums[0]:
        lo, hi = 0, start  # the run before the rotation point
    else:
        lo, hi = start, len(nums)
    i = bisect_left(nums, target, lo, hi)  # bounds, not a slice: nothing is copied
    return i if i < hi and nums[i] == target else -1
