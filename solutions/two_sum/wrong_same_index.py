"""Wrong on duplicates: inserts x before looking up target - x, so x can pair with itself."""


def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for j, x in enumerate(nums):
        seen[x] = j
        i = seen.get(target - x)
        if i is not None:
            return sorted([i, j])
    return []
