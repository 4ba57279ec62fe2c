"""House robber as a rolling DP over two numbers (best up to the previous house, and the one before): O(n) time, O(1) space."""


def rob(nums: list[int]) -> int:
    before_prev, prev = 0, 0  # best totals using houses up to i - 2 and up to i - 1
    for amount in nums:
        before_prev, prev = prev, max(prev, before_prev + amount)
    return prev
