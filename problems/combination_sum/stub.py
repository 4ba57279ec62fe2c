"""Combination Sum: every multiset of reusable candidate values that sums to the target."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    raise NotImplementedError("write your solution here")
