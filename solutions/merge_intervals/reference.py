"""Merge Intervals: sort by start, then one sweep that extends or opens a run. O(n log n) time."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals, key=lambda interval: interval[0]):
        if merged and start <= merged[-1][1]:  # overlaps or touches the run being built
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])  # a new list: the input's lists are never edited
    return merged
