"""Wrong for the target complexity: the O(n^2) double loop (correct answers, too slow)."""


def two_sum(nums: list[int], target: int) -> list[int]:
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
