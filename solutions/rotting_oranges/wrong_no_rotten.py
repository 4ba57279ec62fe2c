"""Wrong on grids without rotten oranges: returns -1 as soon as it finds no rotten orange, before
asking whether anything is fresh. A grid with no fresh orange needs 0 minutes whether or not a
rotten one exists, so an all-empty grid (or the empty grid) gets -1 instead of 0."""

from collections import deque


def minutes_to_rot(grid: list[list[int]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    state = [list(row) for row in grid]
    queue: deque[tuple[int, int]] = deque()
    fresh = 0
    for r in range(rows):
        for c in range(cols):
            if state[r][c] == 2:
                queue.append((r, c))
            elif state[r][c] == 1:
                fresh += 1
    if not queue:
        return -1  # nothing can rot without a rotten orange to start from
    minutes = 0
    while queue and fresh:
        minutes += 1
        for _ in range(len(queue)):
            r, c = queue.popleft()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                    state[nr][nc] = 2
                    fresh -= 1
                    queue.append((nr, nc))
    return minutes if fresh == 0 else -1
