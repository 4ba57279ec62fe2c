"""Trapping Rain Water: the total units of water held between the bars after rain."""


def trap(heights: list[int]) -> int:
    raise NotImplementedError("write your solution here")
