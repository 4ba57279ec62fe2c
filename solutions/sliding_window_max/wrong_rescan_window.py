"""Wrong for the target complexity: the maximum of every window from scratch (correct answers,
O(n * k), quadratic when k is about n / 2)."""


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
