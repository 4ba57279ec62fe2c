"""Wrong for the target complexity: sort a copy, then merge neighbours in place, deleting the
absorbed interval with `del`. Every answer is right and inputs where little merges are fast,
but each `del` shifts the rest of the list, so when every interval merges into one the
deletions cost O(n^2)."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    ordered = sorted([start, end] for start, end in intervals)
    i = 0
    while i < len(ordered) - 1:
        if ordered[i + 1][0] <= ordered[i][1]:
            ordered[i][1] = max(ordered[i][1], ordered[i + 1][1])
            del ordered[i + 1]
        else:
            i += 1
    return ordered
