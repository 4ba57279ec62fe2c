"""Wrong on touching meetings: a min-heap of end times, but a room is only reused when the
earliest end is strictly before the new start. That treats meetings as closed intervals, so a
meeting ending at 10 and one starting at 10 get two rooms."""

import heapq


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    ends: list[int] = []
    for start, end in sorted(intervals):
        if ends and ends[0] < start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
