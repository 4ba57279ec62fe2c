"""Rotting oranges minute by minute with frontier lists: each minute rots the neighbours of the last minute's rot only."""


def minutes_to_rot(grid: list[list[int]]) -> int:
    if not grid:
        return 0
    rows, cols = len(grid), len(grid[0])
    state = bytearray(v for row in grid for v in row)  # a flat copy: the grid itself stays as given
    fresh = state.count(1)
    frontier = [i for i, v in enumerate(state) if v == 2]
    minutes = 0
    while fresh and frontier:
        rotted = []
        for cell in frontier:
            r, c = divmod(cell, cols)
            for nxt, inside in ((cell - cols, r > 0), (cell + cols, r < rows - 1),
                                (cell - 1, c > 0), (cell + 1, c < cols - 1)):
                if inside and state[nxt] == 1:
                    state[nxt] = 2
                    rotted.append(nxt)
        fresh -= len(rotted)
        frontier = rotted
        if rotted:
            minutes += 1
    return minutes if fresh == 0 else -1
