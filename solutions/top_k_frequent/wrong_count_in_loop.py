"""Wrong for the target complexity: counts each distinct value with nums.count, a full pass
over nums per distinct value: O(n * d), quadratic when most values are distinct."""


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = {}
    for value in set(nums):
        counts[value] = nums.count(value)
    ranked = sorted(counts, key=lambda value: (-counts[value], value))
    return ranked[:k]
