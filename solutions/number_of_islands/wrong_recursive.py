"""Wrong on large islands: a recursive flood fill.

Right answers and O(rows * cols) time, but one nested call per cell along the path it follows.
On a 300 x 300 island that path is tens of thousands of cells long, past Python's default
recursion limit of 1,000, so it raises RecursionError on a valid input.
"""


def num_islands(grid: list[list[int]]) -> int:
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    seen = set()

    def fill(r, c):
        if r < 0 or r >= rows or c < 0 or c >= cols or grid[r][c] != 1 or (r, c) in seen:
            return
        seen.add((r, c))
        fill(r - 1, c)
        fill(r + 1, c)
        fill(r, c - 1)
        fill(r, c + 1)

    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and (r, c) not in seen:
                islands += 1
                fill(r, c)
    return islands
