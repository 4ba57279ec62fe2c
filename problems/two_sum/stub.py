"""Two Sum: return [i, j] (i < j) with nums[i] + nums[j] == target, or [] if there is none."""


def two_sum(nums: list[int], target: int) -> list[int]:
    raise NotImplementedError("write your solution here")
