"""Wrong on an edge case: seeds the DP with the first one or two houses and fails on an empty
street (IndexError)."""


def rob(nums: list[int]) -> int:
    if len(nums) == 1:
        return nums[0]
    before_prev, prev = nums[0], max(nums[0], nums[1])
    for i in range(2, len(nums)):
        before_prev, prev = prev, max(prev, before_prev + nums[i])
    return prev
