"""Wrong for the target complexity: merges each interval into the list built so far by scanning
all of it. Correct (a grown interval cannot reach one it already passed, since the merged list
never holds two intervals that overlap), but O(n^2) when few intervals merge."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in intervals:
        kept = []
        for s, e in merged:
            if s <= end and start <= e:
                start, end = min(s, start), max(e, end)
            else:
                kept.append([s, e])
        kept.append([start, end])
        merged = kept
    merged.sort()
    return merged
