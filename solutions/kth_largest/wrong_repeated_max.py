"""Wrong for the target complexity: removes the maximum k - 1 times, then returns the maximum.
Correct (list.remove drops one copy, so duplicates count separately), but each round scans the
whole list: O(n * k), quadratic when k is about n / 2."""


def find_kth_largest(nums: list[int], k: int) -> int:
    remaining = list(nums)
    for _ in range(k - 1):
        remaining.remove(max(remaining))
    return max(remaining)
