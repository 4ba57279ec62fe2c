"""Meeting rooms with a min-heap of the end times of the rooms in use, meetings taken in order of start."""

import heapq


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    in_use: list[int] = []  # end time of the meeting in each occupied room
    for start, end in sorted(intervals, key=lambda meeting: meeting[0]):
        if in_use and in_use[0] <= start:  # half-open: a room freed at `start` can be taken at `start`
            heapq.heapreplace(in_use, end)
        else:
            heapq.heappush(in_use, end)
    return len(in_use)
