"""Search a rotated list with duplicates by recursion on index ranges: a sorted range is answered by
its ends and halving; a range whose order is hidden by equal ends is searched on both sides."""


def search(nums: list[int], target: int) -> bool:
    def within(lo: int, hi: int) -> bool:
        if lo > hi:
            return False
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return True
        if nums[lo] < nums[mid]:  # lo..mid sorted and strictly rising at its ends
            if nums[lo] <= target < nums[mid]:
                return within(lo, mid - 1)
            return within(mid + 1, hi)
        if nums[mid] < nums[hi]:  # mid..hi sorted
            if nums[mid] < target <= nums[hi]:
                return within(mid + 1, hi)
            return within(lo, mid - 1)
        return within(lo, mid - 1) or within(mid + 1, hi)  # equal ends: no side can be ruled out

    return within(0, len(nums) - 1)
