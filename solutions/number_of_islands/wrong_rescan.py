"""Too slow: after each island, looks for the next unclaimed land cell from the top-left again.

Each search for a new island rescans every cell before it, so a grid with many islands costs
O(islands * rows * cols): quadratic on a checkerboard, where half the cells are islands.
"""


def num_islands(grid: list[list[int]]) -> int:
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    seen = set()

    def next_unclaimed():
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1 and (r, c) not in seen:
                    return r, c
        return None

    islands = 0
    start = next_unclaimed()
    while start is not None:
        islands += 1
        seen.add(start)
        stack = [start]
        while stack:
            y, x = stack.pop()
            for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and (ny, nx) not in seen:
                    seen.add((ny, nx))
                    stack.append((ny, nx))
        start = next_unclaimed()
    return islands
