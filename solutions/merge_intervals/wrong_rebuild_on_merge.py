"""Wrong for the target complexity: sort a copy, then replace each pair of overlapping
neighbours by their union, rebuilding the list around it with slices. Every answer is right
and inputs where little merges are fast, but each merge copies the whole list, so when every
interval merges into one the copies cost O(n^2)."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    ordered = sorted([start, end] for start, end in intervals)
    i = 0
    while i < len(ordered) - 1:
        (start, end), (next_start, next_end) = ordered[i], ordered[i + 1]
        if next_start <= end:
            ordered = ordered[:i] + [[start, max(end, next_end)]] + ordered[i + 2:]
        else:
            i += 1
    return ordered
