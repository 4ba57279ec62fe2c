"""Longest Increasing Subsequence by patience sorting: O(n log n) time, O(n) space.

tails[k] is the smallest value that can end a strictly increasing subsequence of length k + 1
among the values seen so far. tails is sorted, so each new value finds its place by binary
search: the first tail >= x is replaced by x (bisect_left, so an equal value replaces rather
than extends), or x extends the longest subsequence when it is larger than every tail.
"""

from bisect import bisect_left


def longest_increasing_subsequence(nums: list[int]) -> int:
    tails: list[int] = []
    for x in nums:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
