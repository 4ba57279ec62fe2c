"""Wrong for the target complexity: sorts and sweeps correctly, but grows the answer with
merged = merged + [[start, end]], which copies the whole answer into a new list for every interval
that starts a new run. The answer is right, but when few intervals merge the copies add up to
1 + 2 + ... + n = O(n^2). They happen inside list concatenation (C code), so operation counting
sees O(n log n) and only the CPU-time guard sees the quadratic. merged.append([start, end]) is
O(1)."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals, key=lambda interval: interval[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = [merged[-1][0], max(merged[-1][1], end)]
        else:
            merged = merged + [[start, end]]
    return merged
