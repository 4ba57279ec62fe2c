"""Too slow: looks at every element in turn.

Always right, and fine for small lists, but it ignores the sorted structure: O(n) time where
O(log n) is asked for.
"""


def search_rotated(nums: list[int], target: int) -> int:
    for i, value in enumerate(nums):
        if value == target:
            return i
    return -1
