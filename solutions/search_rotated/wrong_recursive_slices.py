"""Too slow: the right halving, but each step recurses on a slice of the list.

nums[:mid] and nums[mid + 1:] copy their elements, so the steps cost n/2 + n/4 + ... = O(n)
time and O(n) extra space, although only O(log n) comparisons are made.
"""


def search_rotated(nums: list[int], target: int) -> int:
    if not nums:
        return -1
    mid = len(nums) // 2
    if nums[mid] == target:
        return mid
    if nums[0] <= nums[mid]:
        if nums[0] <= target < nums[mid]:
            return search_rotated(nums[:mid], target)
        found = search_rotated(nums[mid + 1:], target)
    else:
        if nums[mid] < target <= nums[-1]:
            found = search_rotated(nums[mid + 1:], target)
        else:
            return search_rotated(nums[:mid], target)
    return -1 if found == -1 else mid + 1 + found
