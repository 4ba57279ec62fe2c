"""Wrong for the target complexity: for each meeting, counts every meeting in progress at its
start time by scanning the whole list. Correct (the busiest moment is always some start time),
but O(n^2)."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    most = 0
    for start, _ in intervals:
        active = 0
        for other_start, other_end in intervals:
            if other_start <= start < other_end:
                active += 1
        most = max(most, active)
    return most
