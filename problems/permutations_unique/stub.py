"""Permutations With Duplicates: every distinct permutation once, in lexicographic order."""


def permute_unique(nums: list[int]) -> list[list[int]]:
    raise NotImplementedError("write your solution here")
