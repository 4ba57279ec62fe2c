class Solution:
    def rob(self, nums):
        prev, curr = 0, 0
        for n in nums:
            prev, curr = curr, max(curr, prev + n)
        return curr


def rob(nums: list[int]) -> int:
    return Solution().rob(nums)
