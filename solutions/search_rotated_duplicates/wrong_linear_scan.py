"""Wrong for the target complexity: looks at every element (correct answers, O(n) even when the
values are distinct and a binary search needs O(log n))."""


def search(nums: list[int], target: int) -> bool:
    for value in nums:  # noqa: SIM110 (the explicit loop is the point of this wrong solution)
        if value == target:
            return True
    return False
