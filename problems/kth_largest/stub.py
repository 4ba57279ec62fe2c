"""Kth Largest Element: the value at position k (from 1) of nums sorted from largest to smallest."""


def find_kth_largest(nums: list[int], k: int) -> int:
    raise NotImplementedError("write your solution here")
