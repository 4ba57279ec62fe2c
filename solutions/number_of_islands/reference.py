"""Number of islands: one scan, and a BFS flood fill from every unclaimed land cell.

Claimed cells are marked in a bytearray indexed r * cols + c, so the grid is left untouched.
Every cell is scanned once and enqueued at most once: O(rows * cols) time and space.
"""

from collections import deque


def num_islands(grid: list[list[int]]) -> int:
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    seen = bytearray(rows * cols)
    islands = 0
    for r in range(rows):
        row = grid[r]
        for c in range(cols):
            if row[c] != 1 or seen[r * cols + c]:
                continue
            islands += 1
            seen[r * cols + c] = 1
            queue = deque([(r, c)])
            while queue:
                y, x = queue.popleft()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and not seen[ny * cols + nx]:
                        seen[ny * cols + nx] = 1
                        queue.append((ny, nx))
    return islands
