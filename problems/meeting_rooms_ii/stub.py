"""Meeting Rooms II: the fewest rooms that fit every meeting [start, end) (half-open)."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    raise NotImplementedError("write your solution here")
