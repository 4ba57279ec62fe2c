"""Breaks a stated rule: marks visited land by setting it to 0 in the caller's grid ("sinking" it).

The count is right and it is O(rows * cols), but the prompt says not to modify grid: after the
call the caller's map is all water.
"""


def num_islands(grid: list[list[int]]) -> int:
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            islands += 1
            grid[r][c] = 0
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1:
                        grid[ny][nx] = 0
                        stack.append((ny, nx))
    return islands
