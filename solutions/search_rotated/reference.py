"""Search in a rotated sorted array: one binary search that always keeps the sorted half in view.

Cutting nums[lo..hi] at mid leaves at least one half in plain ascending order. If
nums[lo] <= nums[mid] (<= because lo == mid makes the left half a single, sorted element), the
left half is sorted and a range test on its ends says whether target lies there; otherwise the
right half is sorted and the same test applies to it. O(log n) time, O(1) space.
"""


def search_rotated(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        value = nums[mid]
        if value == target:
            return mid
        if nums[lo] <= value:  # nums[lo..mid] is ascending
            if nums[lo] <= target < value:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # nums[mid..hi] is ascending
            if value < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
