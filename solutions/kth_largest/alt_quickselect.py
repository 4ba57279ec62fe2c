"""Kth largest with iterative quickselect: a random pivot splits the values three ways; keep only the part that holds the answer."""

import random


def find_kth_largest(nums: list[int], k: int) -> int:
    values = nums
    rank = k  # the answer is the rank-th largest of values
    while True:
        pivot = values[random.randrange(len(values))]
        above = [v for v in values if v > pivot]
        if rank <= len(above):
            values = above
            continue
        equal = sum(1 for v in values if v == pivot)
        if rank <= len(above) + equal:
            return pivot
        rank -= len(above) + equal
        values = [v for v in values if v < pivot]
