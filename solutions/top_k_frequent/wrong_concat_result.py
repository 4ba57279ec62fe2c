"""Wrong for the target complexity: counts with a Counter and ranks the values correctly, but
collects the answer with result = result + [value], which copies the whole answer into a new
list for every value added. The answer is right, but for k values the copies add up to
1 + 2 + ... + k = O(k^2), O(n^2) when k is close to the number of distinct values. They happen
inside list concatenation (C code), so operation counting sees O(n log n) and only the CPU-time
guard sees the quadratic. result.append(value), or a slice ranked[:k], is O(1) per value."""

from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = Counter(nums)
    ranked = sorted(counts, key=lambda value: (-counts[value], value))
    result = []
    for value in ranked:
        if len(result) == k:
            break
        result = result + [value]
    return result
