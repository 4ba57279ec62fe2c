"""House robber as a fold: functools.reduce carries (best if this house is robbed, best if it is
not) along the street; O(n) time, O(1) space."""

from functools import reduce


def rob(nums: list[int]) -> int:
    def step(state: tuple[int, int], amount: int) -> tuple[int, int]:
        robbed, skipped = state
        return skipped + amount, max(robbed, skipped)

    robbed, skipped = reduce(step, nums, (0, 0))
    return max(robbed, skipped)
