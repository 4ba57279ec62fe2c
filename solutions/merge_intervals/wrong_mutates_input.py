"""Wrong: sorts the caller's list in place and extends the caller's own [start, end] lists while
merging. The answer is right, but the input is changed, which the prompt forbids."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    intervals.sort()
    merged: list[list[int]] = []
    for interval in intervals:
        if merged and interval[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], interval[1])
        else:
            merged.append(interval)
    return merged
