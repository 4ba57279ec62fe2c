"""Number of islands: count groups of 1s connected up, down, left or right (not diagonally)."""


def num_islands(grid: list[list[int]]) -> int:
    raise NotImplementedError("write your solution here")
