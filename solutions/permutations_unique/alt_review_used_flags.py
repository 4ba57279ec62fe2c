class Solution:
    def permuteUnique(self, nums):
        nums = sorted(nums)
        res = []
        used = [False] * len(nums)
        path = []

        def backtrack():
            if len(path) == len(nums):
                res.append(path[:])
                return
            for i in range(len(nums)):
                if used[i]:
                    continue
                if i > 0 and nums[i] == nums[i - 1] and not used[i - 1]:
                    continue
                used[i] = True
                path.append(nums[i])
                backtrack()
                path.pop()
                used[i] = False

        backtrack()
        return res


def permute_unique(nums: list[int]) -> list[list[int]]:
    return Solution().permuteUnique(nums)
