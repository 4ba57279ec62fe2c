"""Number of islands with union-find: start with every land cell alone and join it to land to its left and above."""


def num_islands(grid: list[list[int]]) -> int:
    if not grid:
        return 0
    cols = len(grid[0])
    parent: dict[int, int] = {}

    def find(cell: int) -> int:
        root = cell
        while parent[root] != root:
            root = parent[root]
        while parent[cell] != root:  # path compression keeps later finds short
            parent[cell], cell = root, parent[cell]
        return root

    islands = 0
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value != 1:
                continue
            cell = r * cols + c
            parent[cell] = cell
            islands += 1
            for neighbour in ((cell - 1) if c > 0 and row[c - 1] == 1 else None,
                              (cell - cols) if r > 0 and grid[r - 1][c] == 1 else None):
                if neighbour is None:
                    continue
                a, b = find(cell), find(neighbour)
                if a != b:
                    parent[a] = b
                    islands -= 1
    return islands
