"""Wrong on touching intervals: uses a strict < when comparing the next start with the current
end, so [1, 2] and [2, 3] are kept apart although they share the point 2."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
