"""Merge Intervals: merge every group of overlapping or touching intervals, sorted by start."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    raise NotImplementedError("write your solution here")
