"""Wrong on duplicates: de-duplicates before sorting, so it returns the k-th largest DISTINCT
value. [3, 3, 2] with k = 2 gives 2 instead of 3, and k larger than the number of distinct
values raises IndexError."""


def find_kth_largest(nums: list[int], k: int) -> int:
    return sorted(set(nums), reverse=True)[k - 1]
