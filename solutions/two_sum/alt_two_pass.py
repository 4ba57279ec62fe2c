"""Two Sum in two passes: first map every value to its last index, then look up each complement."""


def two_sum(nums: list[int], target: int) -> list[int]:
    last = {value: i for i, value in enumerate(nums)}
    for i, value in enumerate(nums):
        j = last.get(target - value)
        # The last index of the complement is never i unless the value occurs only at i.
        if j is not None and j != i:
            return [min(i, j), max(i, j)]
    return []
