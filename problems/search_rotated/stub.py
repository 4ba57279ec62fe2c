"""Search in a rotated sorted array of distinct ints: the index of target, or -1."""


def search_rotated(nums: list[int], target: int) -> int:
    raise NotImplementedError("write your solution here")
