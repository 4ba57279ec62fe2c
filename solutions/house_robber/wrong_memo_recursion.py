"""Wrong for the space target: top-down recursion with a memo (O(n) memo entries and n levels of
recursion, which also passes Python's limit of about 1,000 on long streets)."""

from functools import cache


def rob(nums: list[int]) -> int:
    @cache
    def best(i: int) -> int:
        if i >= len(nums):
            return 0
        return max(best(i + 1), nums[i] + best(i + 2))

    return best(0)
