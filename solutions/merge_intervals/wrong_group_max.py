"""Wrong for the target complexity: sort, collect the intervals of the current group, and
recompute the group's end as the max over the whole group each time. Every answer is right and
inputs where nothing merges are fast, but when everything merges into one group each new
interval rescans it: O(n^2)."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    group: list[list[int]] = []
    for start, end in sorted(intervals, key=lambda interval: interval[0]):
        if group and start <= max(e for _, e in group):
            group.append([start, end])
        else:
            if group:
                merged.append([group[0][0], max(e for _, e in group)])
            group = [[start, end]]
    if group:
        merged.append([group[0][0], max(e for _, e in group)])
    return merged
