"""Rotting Oranges: breadth-first search from every rotten orange at once, one level per minute.

All oranges rotten at the start go into the queue together (a multi-source BFS). Each round of
the loop empties exactly the oranges that rotted in the previous minute and rots their fresh
up/down/left/right neighbours, so the number of rounds that rot something is the answer.
Each cell enters the queue at most once: O(rows * cols) time and extra space (the copy of the
grid and the queue).
"""

from collections import deque


def minutes_to_rot(grid: list[list[int]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    state = [list(row) for row in grid]  # a copy: the caller's grid is not modified
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
        for _ in range(len(queue)):  # the oranges that rotted one minute ago
            r, c = queue.popleft()
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                    state[nr][nc] = 2
                    fresh -= 1
                    queue.append((nr, nc))
    return minutes if fresh == 0 else -1
