"""Hidden tests for num_islands: random grids against two oracles, the edge cases (empty, one
row or column, corner touches, lakes, 300 x 300 single islands, the input left unchanged), and a
300 x 300 grid with 45,000 islands.

Small grids are judged by label propagation (every land cell repeatedly takes the smallest label
among itself and its four neighbours until nothing changes), larger ones by union-find.
"""

import pytest

from harness.authoring import SubmissionRaised, call_text, check, check_equal, fact, short_repr

BIG = fact("big")


# --- oracles -----------------------------------------------------------------------------------


def labels_by_propagation(grid, diagonal=False):
    """{(r, c): label} for every land cell; O(cells * longest path), for small grids only."""
    steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    if diagonal:
        steps += [(-1, -1), (-1, 1), (1, -1), (1, 1)]
    label = {(r, c): r * 1000 + c for r, row in enumerate(grid) for c, v in enumerate(row) if v == 1}
    changed = True
    while changed:
        changed = False
        for (r, c), mine in label.items():
            best = min([mine] + [label[(r + dr, c + dc)] for dr, dc in steps if (r + dr, c + dc) in label])
            if best < mine:
                label[(r, c)] = best
                changed = True
    return label


def count_by_union_find(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    parent = list(range(rows * cols))

    def root(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    land = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            land += 1
            for nr, nc in ((r - 1, c), (r, c - 1)):
                if nr >= 0 and nc >= 0 and grid[nr][nc] == 1:
                    a, b = root(r * cols + c), root(nr * cols + nc)
                    if a != b:
                        parent[a] = b
                        land -= 1
    return land


# --- calling and judging -----------------------------------------------------------------------


def picture(grid, label):
    """[row | row | ...], each island drawn with its own letter and water as '.'."""
    letters = {}
    for key in sorted(label):
        letters.setdefault(label[key], "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[len(letters) % 26])
    rows = [("".join(letters[label[(r, c)]] if (r, c) in label else "." for c in range(len(row))))
            for r, row in enumerate(grid)]
    return "[" + " | ".join(rows) + "]"


def check_answer(grid, got, want=None):
    small = len(grid) <= 12 and all(len(row) <= 16 for row in grid)
    label = None
    if want is None:
        if small:
            label = labels_by_propagation(grid)
            want = len(set(label.values()))
        else:
            want = count_by_union_find(grid)
    if type(got) is int and got == want:
        return
    call = call_text("num_islands", grid)
    if type(got) is not int:
        check_equal(got, want, call=call)
    why = ""
    if label is not None and want <= 26:
        why = f". The islands, one letter each, '.' for water: {picture(grid, label)}"
    if small and got < want and got == len(set(labels_by_propagation(grid, diagonal=True).values())):
        why += (". That count joins cells that touch only at a corner; only up, down, left and right "
                "neighbours are connected")
    check(False, f"{call} returned {got}; expected {want}{why}")


def call(solution, grid):
    """num_islands on a copy of grid; a RecursionError is explained, not just reported."""
    try:
        return solution.num_islands([list(row) for row in grid])
    except SubmissionRaised as exc:
        if exc.error_type != "RecursionError":
            raise
        line = f" (solution.py, line {exc.line})" if exc.line else ""
        check(False, f"{call_text('num_islands', grid)} raised RecursionError: {exc.error_message}{line}. "
                     f"A recursive flood fill goes one call deeper per cell along its path, up to "
                     f"{sum(map(sum, grid)):,} here, past Python's default limit of 1,000; keep the "
                     "cells to visit on an explicit stack or in a deque")


def solve_and_check(solution, grid, want=None):
    check_answer(grid, call(solution, grid), want)


def random_grid(rng, rows, cols, density):
    return [[1 if rng.random() < density else 0 for _ in range(cols)] for _ in range(rows)]


def checkerboard(n, rng):
    """n cells (rows = a power of two near sqrt(n)) with land where r + c is even: n/2 islands.

    Every land cell is its own island, the worst case for rescanning the grid per island, and
    all paths are one cell long, so a recursive fill stays shallow here. Deterministic.
    """
    rows = 1
    while rows * rows * 4 <= n:
        rows *= 2
    cols = n // rows
    return ([[1 if (r + c) % 2 == 0 else 0 for c in range(cols)] for r in range(rows)],)


def serpentine(rows, cols):
    """One winding island: full land rows joined at alternating ends, water rows between."""
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append([1] * cols)
        else:
            row = [0] * cols
            row[cols - 1 if r % 4 == 1 else 0] = 1
            grid.append(row)
    return grid


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(5))
def test_random_small(solution, rng, batch):
    """Random grids up to 8 x 8 at densities from sparse to crowded."""
    for _ in range(40):
        grid = random_grid(rng, rng.randint(1, 8), rng.randint(1, 8), rng.choice([0.3, 0.45, 0.6, 0.75]))
        solve_and_check(solution, grid)


@pytest.mark.parametrize("shape", [(12, 16), (16, 12)], ids=["wide", "tall"])
def test_random_medium(solution, rng, shape):
    """12 x 16 and 16 x 12 grids near half land, where islands take winding shapes."""
    for _ in range(10):
        solve_and_check(solution, random_grid(rng, *shape, 0.55))


def test_random_large(solution, rng):
    """A 120 x 150 grid at 55% land, against union-find."""
    solve_and_check(solution, random_grid(rng, 120, 150, 0.55))


@pytest.mark.parametrize("grid", [
    [[1, 1, 1, 1, 1], [0, 0, 0, 0, 1], [1, 1, 1, 0, 1], [1, 0, 0, 0, 1], [1, 1, 1, 1, 1]],
    [[1, 0, 1], [1, 0, 1], [1, 1, 1]],
    [[1, 1, 1], [1, 0, 1], [1, 0, 1]],
    [[0, 1, 0, 1], [1, 1, 0, 1], [0, 0, 0, 1], [1, 1, 1, 1]],
], ids=["spiral", "u-shape", "n-shape", "joined-late"])
def test_shapes_that_join_late(solution, grid):
    """Arms that a row-by-row scan sees as separate until a later row joins them."""
    solve_and_check(solution, grid)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("grid", [[], [[0]], [[1]]], ids=["empty", "one-water", "one-land"])
def test_empty_and_one_cell(solution, grid):
    """The empty grid and a single cell."""
    solve_and_check(solution, grid)


@pytest.mark.edge
@pytest.mark.parametrize("grid", [
    [[1, 1, 0, 1, 0, 0, 1, 1, 1]],
    [[0, 1, 0, 1, 0]],
    [[1], [1], [0], [1], [0], [0], [1]],
    [[0], [0], [0]],
], ids=["row", "row-alternating", "column", "column-water"])
def test_one_row_or_column(solution, grid):
    """A single row or a single column."""
    solve_and_check(solution, grid)


@pytest.mark.edge
@pytest.mark.parametrize("grid", [
    [[1, 0], [0, 1]],
    [[0, 1], [1, 0]],
    [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
    [[1, 0, 1], [0, 1, 0], [1, 0, 1]],
    [[1, 0, 1, 0], [0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 0, 1]],
    [[1, 1, 0], [1, 1, 0], [0, 0, 1]],
], ids=["diagonal", "anti-diagonal", "diagonal-line", "x-shape", "checkerboard", "block-and-corner"])
def test_corner_touches_do_not_connect(solution, grid):
    """Land cells that touch only at a corner belong to different islands."""
    solve_and_check(solution, grid)


@pytest.mark.edge
@pytest.mark.parametrize("grid", [
    [[1, 1, 1], [1, 0, 1], [1, 1, 1]],
    [[1, 1, 1, 1, 1], [1, 0, 0, 0, 1], [1, 0, 1, 0, 1], [1, 0, 0, 0, 1], [1, 1, 1, 1, 1]],
    [[0, 1, 0], [1, 0, 1], [0, 1, 0]],
], ids=["ring", "island-in-lake", "broken-ring"])
def test_lakes(solution, grid):
    """A lake does not split an island; land inside a lake is another island."""
    solve_and_check(solution, grid)


@pytest.mark.edge
@pytest.mark.parametrize("grid", [
    [[1, 0, 0, 1], [0, 0, 0, 0], [1, 0, 0, 1]],
    [[1, 1, 1, 1], [1, 0, 0, 1], [1, 1, 1, 1]],
    [[0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]],
    [[1, 1, 1, 1], [1, 1, 1, 1]],
], ids=["four-corners", "frame", "all-water", "all-land"])
def test_borders_and_uniform(solution, grid):
    """Islands on the border and corners; all water; all land."""
    solve_and_check(solution, grid)


@pytest.mark.edge
def test_big_single_island(solution):
    """300 x 300, all land: one island; a recursive fill needs tens of thousands of nested calls."""
    solve_and_check(solution, [[1] * BIG for _ in range(BIG)], 1)


@pytest.mark.edge
def test_big_winding_island(solution):
    """300 x 300, one path winding back and forth through every other row: one island."""
    solve_and_check(solution, serpentine(BIG, BIG), 1)


def _grid_after_call(module, grid):
    """Call num_islands, then send back the grid as it is afterwards."""
    module.num_islands(grid)
    return grid


@pytest.mark.edge
@pytest.mark.parametrize("grid", [
    [[1, 1, 0, 0], [0, 1, 0, 1], [1, 0, 0, 1]],
    [[1, 1], [1, 1]],
], ids=["mixed", "all-land"])
def test_input_not_modified(worker, grid):
    """num_islands must leave the caller's grid, and every row in it, unchanged."""
    call_str = call_text("num_islands", grid)
    after = worker.probe(_grid_after_call, [list(row) for row in grid], label=call_str)
    check(after == grid, f"{call_str} modified its input: afterwards the grid was {short_repr(after)}. "
                         "Keep visited cells in a set or bytearray of your own instead of sinking them to 0")


# --- complexity --------------------------------------------------------------------------------


@pytest.mark.complexity
def test_many_islands(solution):
    """300 x 300 checkerboard, 45,000 islands: rescanning per island is ~2 billion steps."""
    grid = [[1 if (r + c) % 2 == 0 else 0 for c in range(BIG)] for r in range(BIG)]
    solve_and_check(solution, grid, BIG * BIG // 2)


@pytest.mark.complexity
def test_time_grows_linearly(complexity):
    """Operations counted on checkerboards of n cells (n / 2 one-cell islands)."""
    complexity.time("num_islands", checkerboard, sizes=(256, 512, 1024, 2048))


@pytest.mark.complexity
def test_extra_space_is_linear(complexity):
    """Peak extra memory on checkerboards of n cells."""
    complexity.space("num_islands", checkerboard, sizes=(1024, 2048, 4096, 8192))
