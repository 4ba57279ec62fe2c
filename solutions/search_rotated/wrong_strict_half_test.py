"""Wrong at the boundary: decides "the left half is sorted" with nums[lo] < nums[mid] (strict).

When only two elements are left, mid == lo and the left half is the single element nums[lo],
which is sorted, but the strict test says it is not. The search then treats nums[mid..hi] as
sorted, which is false when the pair is rotated: search_rotated([3, 1], 1) looks for 1 in
"3 < target <= 1", finds no room, discards index 1 and returns -1.
"""


def search_rotated(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] < nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
