"""Wrong for the target complexity: makes all n! orderings and removes the repeats with a set
(correct answers; n! work even when there are only a handful of distinct permutations)."""

from itertools import permutations


def permute_unique(nums: list[int]) -> list[list[int]]:
    return [list(p) for p in sorted(set(permutations(nums)))]
