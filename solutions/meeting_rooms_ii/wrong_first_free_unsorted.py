"""Wrong: gives each meeting, in the order given, the first room whose last meeting has ended
by its start, without sorting by start first. A meeting placed later can start before one
already in the room, so a room that is free at that time looks busy and extra rooms open."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    room_ends: list[int] = []
    for start, end in intervals:
        for k, last_end in enumerate(room_ends):
            if last_end <= start:
                room_ends[k] = end
                break
        else:
            room_ends.append(end)
    return len(room_ends)
