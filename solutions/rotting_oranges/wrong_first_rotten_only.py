"""Wrong: a breadth-first search from the first rotten orange found (scanning row by row) only,
as if there were always exactly one. Other oranges rotten at the start never spread, so with
several rotten oranges the answer is too large, or -1 when some fresh orange is reachable only
from another rotten one. All rotten oranges spread at the same time."""

from collections import deque


def minutes_to_rot(grid: list[list[int]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    state = [list(row) for row in grid]
    start = None
    fresh = 0
    for r in range(rows):
        for c in range(cols):
            if state[r][c] == 1:
                fresh += 1
            elif state[r][c] == 2 and start is None:
                start = (r, c)
    if fresh == 0:
        return 0
    if start is None:
        return -1
    queue = deque([(start[0], start[1], 0)])
    minutes = 0
    while queue:
        r, c, t = queue.popleft()
        minutes = max(minutes, t)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                state[nr][nc] = 2
                fresh -= 1
                queue.append((nr, nc, t + 1))
    return minutes if fresh == 0 else -1
