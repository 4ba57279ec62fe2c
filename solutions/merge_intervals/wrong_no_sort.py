"""Wrong: sweeps the intervals in the order given, as if they were already sorted by start.
An interval that arrives after a later-starting one is never merged with it, and the output is
not sorted."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
