"""Meeting rooms by a sweep over sorted start and end times: a meeting that starts before the earliest unfinished end needs a new room."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    starts = sorted(s for s, _e in intervals)
    ends = sorted(e for _s, e in intervals)
    rooms = busy = 0
    j = 0
    for start in starts:
        # Half-open times: a meeting ending at `start` has left its room already.
        while ends[j] <= start:
            busy -= 1
            j += 1
        busy += 1
        rooms = max(rooms, busy)
    return rooms
