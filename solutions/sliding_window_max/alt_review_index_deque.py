from collections import deque


class Solution:
    def maxSlidingWindow(self, nums, k):
        dq = deque()
        res = []
        for i, n in enumerate(nums):
            while dq and nums[dq[-1]] < n:
                dq.pop()
            dq.append(i)
            if dq[0] == i - k:
                dq.popleft()
            if i >= k - 1:
                res.append(nums[dq[0]])
        return res


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    return Solution().maxSlidingWindow(nums, k)
