"""Wrong on repeated values: patience sorting with bisect_right instead of bisect_left. A value
equal to a tail lands after it and extends the subsequence, so the function counts the longest
NON-DECREASING subsequence: [1, 2, 2, 3] gives 4 instead of 3, and [7, 7, 7] gives 3, not 1.
Right whenever the values are distinct."""

from bisect import bisect_right


def longest_increasing_subsequence(nums: list[int]) -> int:
    tails: list[int] = []
    for x in nums:
        k = bisect_right(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
