"""Hidden tests for rotting_oranges: random grids against a minute-by-minute simulation, the edge
cases, and, for complexity, a long winding path within the time limit plus counted time and
measured space on winding paths.

The oracle is the rule itself: every minute, rot each fresh orange that has a rotten neighbour
(up, down, left, right), all at once. It is slow (a full scan per minute), so it judges grids of
at most a few thousand cells; the long path has an answer known by construction.
"""

import pytest

from harness.authoring import SubmissionFailure, call_text, check, fact, short_repr

SIDES = ((-1, 0), (1, 0), (0, -1), (0, 1))
AROUND = tuple((dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)


def simulate(grid, steps=SIDES, first_source_only=False):
    """Minute-by-minute rot. Returns (answer, when): when[(r, c)] is the minute each orange rots
    (0 for those rotten at the start); fresh oranges that never rot are missing from it.

    steps=AROUND lets corner neighbours rot each other, and first_source_only=True lets only the
    first rotten orange in reading order spread: two mistakes check_answer names when it sees
    their answers.
    """
    state = {}
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value:
                state[(r, c)] = value
    if first_source_only:
        rotten = [cell for cell in sorted(state) if state[cell] == 2]
        for cell in rotten[1:]:
            del state[cell]  # the other rotten oranges do nothing: like empty cells
    when = {cell: 0 for cell, value in state.items() if value == 2}
    minute = 0
    while True:
        newly = [(r, c) for (r, c), value in state.items() if value == 1
                 and any(state.get((r + dr, c + dc)) == 2 for dr, dc in steps)]
        if not newly:
            break
        minute += 1
        for cell in newly:
            state[cell] = 2
            when[cell] = minute
    if any(value == 1 for value in state.values()):
        return -1, when
    return minute, when


def grid_picture(grid, when=None):
    """Rows separated by ' | '; with `when`, each orange shows the minute it rots (x: never)."""
    def cell(r, c, value):
        if when is None:
            return str(value)
        if value == 0:
            return "."
        return str(when[(r, c)]) if (r, c) in when else "x"

    return " | ".join(" ".join(cell(r, c, v) for c, v in enumerate(row)) for r, row in enumerate(grid))


def small(grid):
    return len(grid) <= 10 and all(len(row) <= 14 for row in grid)


def check_answer(grid, got, want=None, why=None):
    """Judge one answer; the message names the call, the expected answer and why it is right.

    With want=None the oracle decides; otherwise `why` says why `want` is right.
    """
    when = None
    if want is None:
        want, when = simulate(grid)
    if type(got) is int and got == want:
        return
    call = call_text("minutes_to_rot", grid)
    if type(got) is not int:
        check(False, f"{call} returned {short_repr(got, 60)} (a {type(got).__name__}); expected the int {want}")
    fresh = [(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == 1]
    rotten = any(v == 2 for row in grid for v in row)
    if want == 0 and not fresh:
        why = "there is no fresh orange at the start, so no minute has to pass"
    elif want == -1 and not rotten:
        why = "there are fresh oranges but no rotten orange to start the rot"
    elif want == -1 and when is not None:
        r, c = next(cell for cell in fresh if cell not in when)
        why = (f"the fresh orange at row {r}, column {c} (counting from 0) can never rot: no chain of "
               "up/down/left/right neighbours links it to a rotten orange")
    elif when is not None:
        last = sorted(cell for cell, minute in when.items() if minute == want)
        (r, c), more = last[0], len(last) - 1
        why = (f"the orange at row {r}, column {c} (counting from 0) "
               + (f"and {more} other{'s' if more > 1 else ''} rot last, " if more else "rots last, ")
               + f"at minute {want}")
    else:
        why = why or "the answer known for this grid"
    hint = ""
    if when is not None and small(grid):
        if got == simulate(grid, steps=AROUND)[0]:
            hint = (" That is the answer if oranges touching only at a corner rotted each other; only "
                    "the neighbours above, below, left and right do.")
        elif got == simulate(grid, first_source_only=True)[0]:
            hint = (" That is the answer if the rot spread only from the first rotten orange; every "
                    "orange rotten at the start spreads at the same time.")
    if not hint and want > 0 and got == want + 1:
        hint = (" One minute too many: count the minutes in which some orange rots, not the rounds of "
                "a loop whose last round finds nothing new to rot.")
    elif not hint and want > 0 and got == want - 1:
        hint = " One minute too few: minute 0 is the grid as given, and the first oranges rot at minute 1."
    shown = ""
    if when is not None and small(grid) and fresh:
        shown = (f" The grid, rows split by |: [{grid_picture(grid)}]; the minute each orange rots "
                 f"(. empty, x never): [{grid_picture(grid, when)}].")
    check(False, f"{call} returned {got}; expected {want}: {why}.{hint}{shown}")


def solve_and_check(solution, grid, want=None, why=None):
    check_answer(grid, solution.minutes_to_rot([list(row) for row in grid]), want, why)


def path_reason(grid):
    """want and why for a winding_path grid."""
    length = sum(map(sum, grid)) - 1  # every orange is fresh (1) except the rotten start (2)
    return length - 1, (f"the {length:,} oranges form one path that starts at the rotten orange in the "
                        f"top-left corner, so the far end rots at minute {length - 1:,}")


def random_grid(rng, rows, cols, p_empty, p_rotten):
    def cell():
        roll = rng.random()
        return 0 if roll < p_empty else 2 if roll < p_empty + p_rotten else 1

    return [[cell() for _ in range(cols)] for _ in range(rows)]


def winding_path(rows, cols):
    """Full rows of fresh oranges joined at alternating ends by single oranges, with empty cells
    between; the top-left orange is rotten. It is one path, so the answer is its length - 1."""
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append([1] * cols)
        else:
            row = [0] * cols
            row[cols - 1 if r % 4 == 1 else 0] = 1
            grid.append(row)
    grid[0][0] = 2
    return grid


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(6))
def test_random_small(solution, rng, batch):
    """Random grids up to 7 x 7 with empty cells, at least one fresh and one or more rotten oranges."""
    for _ in range(40):
        rows, cols = rng.choice([(rng.randint(1, 7), rng.randint(2, 7)), (rng.randint(2, 7), rng.randint(1, 7))])
        grid = random_grid(rng, rows, cols, rng.choice([0.1, 0.25, 0.4]), rng.choice([0.05, 0.1, 0.2]))
        cells = rng.sample([(r, c) for r in range(rows) for c in range(cols)], 2)
        for (r, c), value in zip(cells, (1, 2)):  # grids with nothing fresh or nothing rotten are edge cases
            if not any(value in row for row in grid):
                grid[r][c] = value
        solve_and_check(solution, grid)


@pytest.mark.parametrize("shape", [(12, 30), (30, 30), (45, 20)], ids=["12x30", "30x30", "45x20"])
def test_random_medium(solution, rng, shape):
    """Larger random grids, mostly fresh oranges, one to four rotten ones."""
    for _ in range(2):
        rows, cols = shape
        grid = random_grid(rng, rows, cols, rng.choice([0.1, 0.2, 0.3]), 0.0)
        for _ in range(rng.randint(1, 4)):
            grid[rng.randrange(rows)][rng.randrange(cols)] = 2
        solve_and_check(solution, grid)


@pytest.mark.parametrize("grid", [
    [[2, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [1, 1, 1, 1, 2]],
    [[1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 2, 1, 1, 1, 1], [2, 1, 1, 1, 1, 1, 1, 1, 2]],
    [[2, 1, 1, 0, 1, 1, 2]],
    [[1, 1, 0, 1, 1], [1, 2, 0, 2, 1], [1, 1, 0, 1, 1]],
], ids=["opposite-corners", "three-sources", "two-sides-of-a-gap", "two-rooms"])
def test_rotten_oranges_spread_together(solution, grid):
    """Several oranges rotten at the start all spread from minute 1."""
    solve_and_check(solution, grid)


def test_winding_path(solution):
    """One long path of oranges around empty rows: the rot walks all of it."""
    grid = winding_path(9, 12)
    solve_and_check(solution, grid, *path_reason(grid))


    solve_and_check(solution, grid, sum(map(sum, grid)) - 2)


def test_fresh_everywhere(solution, rng):
    """A 60 x 80 grid of fresh oranges and one rotten one: the answer is the farthest corner's distance."""
    r, c = rng.randrange(60), rng.randrange(80)
    grid = [[1] * 80 for _ in range(60)]
    grid[r][c] = 2
    want = max(r, 59 - r) + max(c, 79 - c)
    solve_and_check(solution, grid, want, f"every cell holds an orange, and the corner farthest from the "
                                          f"rotten one at row {r}, column {c} is {want} steps away")


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("grid", [[], [[0]], [[0, 0, 0]], [[0], [0]], [[0, 0], [0, 0]]],
                         ids=["empty-grid", "one-empty-cell", "empty-row", "empty-column", "all-empty"])
def test_no_oranges(solution, grid):
    """No oranges at all: nothing is fresh, so the answer is 0."""
    solve_and_check(solution, grid)


@pytest.mark.edge
@pytest.mark.parametrize("grid", [[[0]], [[1]], [[2]]], ids=["empty", "fresh", "rotten"])
def test_one_cell(solution, grid):
    """1 x 1 grids: 0 for an empty or a rotten cell, -1 for a lone fresh orange."""
    solve_and_check(solution, grid)


@pytest.mark.edge
@pytest.mark.parametrize("grid", [[[2, 2], [2, 0]], [[2, 0, 2]], [[0, 2], [2, 2]], [[2] * 6] * 4],
                         ids=["with-empty", "apart", "corner", "all-rotten"])
def test_nothing_fresh(solution, grid):
    """Only rotten oranges (and empty cells): 0 minutes."""
    solve_and_check(solution, grid)


@pytest.mark.edge
@pytest.mark.parametrize("grid", [[[1, 1], [0, 1]], [[1, 0, 1]], [[1] * 5] * 3],
                         ids=["connected", "apart", "all-fresh"])
def test_fresh_but_nothing_rotten(solution, grid):
    """Fresh oranges and no rotten one: they never rot, -1."""
    solve_and_check(solution, grid)


@pytest.mark.edge
@pytest.mark.parametrize("grid", [
    [[2, 1, 0, 1]],
    [[2, 1, 1], [0, 0, 0], [1, 1, 1]],
    [[1, 1, 1, 1, 1], [1, 0, 0, 0, 1], [1, 0, 1, 0, 1], [1, 0, 0, 0, 1], [1, 1, 2, 1, 1]],
    [[1, 1, 1], [1, 1, 1], [1, 1, 1], [0, 0, 0], [2, 2, 2]],
], ids=["gap-in-row", "empty-row-between", "walled-in-centre", "wall-above-rotten"])
def test_unreachable_fresh(solution, grid):
    """Empty cells cut some fresh oranges off from every rotten one: -1."""
    solve_and_check(solution, grid)


@pytest.mark.edge
@pytest.mark.parametrize("grid", [
    [[2, 0], [0, 1]],
    [[0, 2], [1, 0]],
    [[2, 0, 0], [0, 1, 0], [0, 0, 1]],
    [[2, 1, 0], [0, 0, 1], [0, 1, 1]],
    [[1, 0, 1], [0, 2, 0], [1, 0, 1]],
], ids=["down-right", "down-left", "diagonal-line", "corner-step", "four-corners"])
def test_corner_touch_is_not_adjacent(solution, grid):
    """Oranges that touch only at a corner do not rot each other."""
    solve_and_check(solution, grid)


@pytest.mark.edge
@pytest.mark.parametrize("grid", [
    [[2, 1, 1, 1, 1]],
    [[1, 2, 1, 1, 1, 1, 2]],
    [[1], [1], [2], [1]],
    [[2], [0], [1]],
], ids=["row", "row-two-sources", "column", "column-gap"])
def test_one_row_or_column(solution, grid):
    """Grids one cell wide or one cell high."""
    solve_and_check(solution, grid)


def run_probe(worker, call, fn, *args):
    """worker.probe(fn, *args), with a timeout or exception reported against `call`, not fn's name."""
    try:
        return worker.probe(fn, *args)
    except SubmissionFailure as exc:
        check(False, str(exc).replace(f"{fn.__name__}(...)", call, 1))


def _grid_after_call(module, grid):
    """Call minutes_to_rot on a grid, then send back that same grid as it is afterwards."""
    module.minutes_to_rot(grid)
    return grid


@pytest.mark.edge
@pytest.mark.parametrize("grid", [
    [[2, 1, 1], [1, 1, 0], [0, 1, 1]],
    [[1, 2, 0, 1]],
], ids=["all-rot", "some-never-rot"])
def test_input_not_modified(worker, grid):
    """minutes_to_rot must leave the caller's grid unchanged."""
    call = call_text("minutes_to_rot", grid)
    after = run_probe(worker, call, _grid_after_call, [list(row) for row in grid])
    check(after == grid, f"{call} modified its input: afterwards the grid passed in was {short_repr(after)}. "
                         "Mark rotten oranges in a copy of the grid or in a separate structure")


# --- complexity --------------------------------------------------------------------------------


def winding_grid(n, rng):
    """n cells, 8 columns wide: full rows of fresh oranges joined at alternating ends, with empty
    rows between, and one rotten orange at the start of the path. The rot needs about 9n / 16
    minutes to reach the far end, the worst case for anything that works minute by minute."""
    cols = 8
    rows = max(n // cols, 1)
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append([1] * cols)
        else:
            row = [0] * cols
            row[cols - 1 if r % 4 == 1 else 0] = 1
            grid.append(row)
    grid[0][0] = 2
    return (grid,)


@pytest.mark.complexity
def test_long_winding_path(solution):
    """A large grid that is one winding path (about half of its cells oranges), within the time limit."""
    grid = winding_path(fact("long_rows"), fact("long_cols"))
    solve_and_check(solution, grid, *path_reason(grid))


@pytest.mark.complexity
def test_time_grows_linearly(complexity):
    """Operations counted on winding-path grids at 4 sizes: O(rows * cols)."""
    complexity.time("minutes_to_rot", winding_grid, sizes=tuple(fact("time_sizes")), budget=400_000,
                    guard_size=fact("cpu_check_size"))


@pytest.mark.complexity
def test_extra_space_is_at_most_linear(complexity):
    """Peak extra memory on winding-path grids of 512 to 4,096 cells: O(rows * cols)."""
    complexity.space("minutes_to_rot", winding_grid, sizes=tuple(fact("space_sizes")))
