"""Search in a Rotated Sorted Array With Duplicates: whether target occurs in the rotated list."""


def search(nums: list[int], target: int) -> bool:
    raise NotImplementedError("write your solution here")
