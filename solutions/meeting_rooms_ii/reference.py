"""Meeting Rooms II: sweep the sorted start times and the sorted end times together.

When the next meeting starts before the earliest end not yet passed, every room is busy and a
new one opens; otherwise that meeting has ended (half-open: an end at t frees its room for a
start at t) and its room is reused. O(n log n) time for the two sorts, O(n) space.
"""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    starts = sorted(start for start, _ in intervals)
    ends = sorted(end for _, end in intervals)
    rooms = e = 0
    for start in starts:
        if start < ends[e]:
            rooms += 1
        else:
            e += 1
    return rooms
