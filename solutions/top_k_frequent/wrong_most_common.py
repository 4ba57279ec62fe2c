"""Wrong on ties: Counter.most_common orders values with equal counts by first appearance in
nums, not by value, so [9, 9, 5, 5] with k = 1 gives [9] instead of [5]."""

from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    return [value for value, _ in Counter(nums).most_common(k)]
