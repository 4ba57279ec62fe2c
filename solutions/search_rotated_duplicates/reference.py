"""Search a rotated non-decreasing list with duplicates: binary search on the sorted half, shrinking
both ends by one when they and the middle are equal (O(log n) unless duplicates hide the order,
O(n) at worst)."""


def search(nums: list[int], target: int) -> bool:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return True
        if nums[lo] == nums[mid] == nums[hi]:
            lo += 1  # the ends tell nothing about which half is sorted: drop them (neither is target)
            hi -= 1
        elif nums[lo] <= nums[mid]:  # left half nums[lo..mid] is sorted
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # right half nums[mid..hi] is sorted
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return False
