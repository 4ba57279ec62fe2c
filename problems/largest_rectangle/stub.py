"""Largest Rectangle in a Histogram: the largest area of a rectangle under the bars."""


def largest_rectangle(heights: list[int]) -> int:
    raise NotImplementedError("write your solution here")
