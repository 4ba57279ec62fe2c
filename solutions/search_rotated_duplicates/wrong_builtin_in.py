"""Wrong for the target complexity: `target in nums` is a linear scan done in C (correct answers,
O(n) where O(log n) is possible)."""


def search(nums: list[int], target: int) -> bool:
    return target in nums
