"""Wrong for the target complexity: simulates the rot minute by minute, scanning the whole grid
every minute for fresh oranges next to a rotten one. The answers are right (it marks the new
rotten oranges only after the scan, so rot moves one step per minute), but a grid whose oranges
form one long winding path takes about rows * cols / 2 minutes, each costing a full scan:
O((rows * cols)^2)."""


def minutes_to_rot(grid: list[list[int]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    state = [list(row) for row in grid]
    minutes = 0
    while True:
        newly_rotten = []
        for r in range(rows):
            for c in range(cols):
                if state[r][c] != 1:
                    continue
                if ((r > 0 and state[r - 1][c] == 2) or (r + 1 < rows and state[r + 1][c] == 2)
                        or (c > 0 and state[r][c - 1] == 2) or (c + 1 < cols and state[r][c + 1] == 2)):
                    newly_rotten.append((r, c))
        if not newly_rotten:
            break
        for r, c in newly_rotten:
            state[r][c] = 2
        minutes += 1
    for row in state:
        if 1 in row:
            return -1
    return minutes
