"""Wrong: spreads the rot to all eight surrounding cells, diagonals included. Oranges that touch
only at a corner are not adjacent, so this rots some oranges too early and rots some that can
never rot (answering a number where -1 is right)."""

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
    minutes = 0
    while queue and fresh:
        minutes += 1
        for _ in range(len(queue)):
            r, c = queue.popleft()
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                        state[nr][nc] = 2
                        fresh -= 1
                        queue.append((nr, nc))
    return minutes if fresh == 0 else -1
