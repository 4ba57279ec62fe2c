"""Rotting Oranges: minutes until no fresh orange is left (0 empty, 1 fresh, 2 rotten), or -1."""


def minutes_to_rot(grid: list[list[int]]) -> int:
    raise NotImplementedError("write your solution here")
