"""Wrong for the space target: the DP is right, but it keeps a table of n + 1 best totals (O(n)
extra space where two numbers suffice)."""


def rob(nums: list[int]) -> int:
    best = [0] * (len(nums) + 1)
    for i, amount in enumerate(nums):
        best[i + 1] = max(best[i], (best[i - 1] if i >= 1 else 0) + amount)
    return best[-1]
