"""Merge intervals by sorting starts and ends separately: a merged interval closes where the next start lies past the ends so far."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    starts = sorted(s for s, _e in intervals)
    ends = sorted(e for _s, e in intervals)
    merged = []
    first = 0
    for j in range(len(starts)):
        # The j + 1 smallest starts all begin no later than ends[j]; if the next start lies past
        # it, the intervals seen so far cover one closed run that nothing later touches.
        if j + 1 == len(starts) or starts[j + 1] > ends[j]:
            merged.append([starts[first], ends[j]])
            first = j + 1
    return merged
