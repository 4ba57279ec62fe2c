"""Longest Increasing Subsequence: the length of the longest strictly increasing subsequence."""


def longest_increasing_subsequence(nums: list[int]) -> int:
    raise NotImplementedError("write your solution here")
