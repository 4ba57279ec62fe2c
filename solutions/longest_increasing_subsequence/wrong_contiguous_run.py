"""Wrong: answers a different question, the longest run of consecutive elements that increases
(a subarray). A subsequence may skip elements: [1, 100, 2, 3] has the subsequence [1, 2, 3] of
length 3, but its longest increasing run is only 2 long."""


def longest_increasing_subsequence(nums: list[int]) -> int:
    if not nums:
        return 0
    best = run = 1
    for i in range(1, len(nums)):
        run = run + 1 if nums[i] > nums[i - 1] else 1
        best = max(best, run)
    return best
