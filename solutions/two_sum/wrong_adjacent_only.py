"""Wrong: only checks neighbouring elements (a misreading of the task)."""


def two_sum(nums: list[int], target: int) -> list[int]:
    for i in range(len(nums) - 1):
        if nums[i] + nums[i + 1] == target:
            return [i, i + 1]
    return []
