"""Wrong for the target complexity: the textbook O(n^2) DP. best[j] is the longest strictly
increasing subsequence ending at j, found by looking at every earlier index. Correct answers,
but n^2 / 2 comparisons: far more work than n log n on a few thousand values."""


def longest_increasing_subsequence(nums: list[int]) -> int:
    best = [1] * len(nums)
    for j in range(len(nums)):
        for i in range(j):
            if nums[i] < nums[j] and best[i] + 1 > best[j]:
                best[j] = best[i] + 1
    return max(best, default=0)
