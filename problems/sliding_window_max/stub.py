"""Sliding Window Maximum: the largest value in each window of width k."""


def max_sliding_window(nums: list[int], k: int) -> list[int]:
    raise NotImplementedError("write your solution here")
