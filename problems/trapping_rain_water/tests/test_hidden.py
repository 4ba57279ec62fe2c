"""Hidden tests for trapping_rain_water: random rows against a brute-force oracle, the edge
cases, a 50,000-bar row, and counted time and measured space."""

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

LARGE = fact("large")


def water_brute(heights):
    """Oracle, O(n^2): for each bar, the lower of the highest bars on each side (itself included)."""
    total = 0
    for i, h in enumerate(heights):
        total += min(max(heights[: i + 1]), max(heights[i:])) - h
    return total


def water_sweep(heights):
    """Oracle for large rows, O(n): prefix and suffix maxima."""
    n = len(heights)
    right = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        right[i] = max(right[i + 1], heights[i])
    total, left = 0, 0
    for i, h in enumerate(heights):
        left = max(left, h)
        total += min(left, right[i]) - h
    return total


def trap_and_check(solution, heights, want=None):
    if want is None:
        want = water_brute(heights)
    check_equal(solution.trap(list(heights)), want, call=call_text("trap", heights))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(5))
def test_random_small(solution, rng, batch):
    """Random short rows of low bars (many dips, ties and plateaus), against the oracle."""
    for _ in range(40):
        n = rng.randint(3, 14)
        trap_and_check(solution, [rng.randint(0, 6) for _ in range(n)])


@pytest.mark.parametrize("n", [50, 300])
def test_random_tall(solution, rng, n):
    """Longer rows with heights up to 10**6."""
    trap_and_check(solution, [rng.randint(0, 10**6) for _ in range(n)])


def test_tallest_in_the_middle(solution, rng):
    """One peak in the middle: each side fills up to its own running maximum."""
    left = [rng.randint(0, 50) for _ in range(40)]
    right = [rng.randint(0, 50) for _ in range(40)]
    trap_and_check(solution, left + [100] + right)


def test_tallest_at_the_ends(solution, rng):
    """The two end bars are the highest, so the lower of them sets the level everywhere."""
    inner = [rng.randint(0, 60) for _ in range(60)]
    trap_and_check(solution, [80] + inner + [70])


def test_valley_shape(solution):
    """A V: heights fall to 0 and rise again."""
    trap_and_check(solution, [5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6])


def test_nested_dips(solution):
    """A small dip inside a large one is filled to the large one's level."""
    trap_and_check(solution, [6, 1, 4, 0, 4, 1, 2, 0, 5, 3])


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_empty(solution):
    """No bars: no water."""
    trap_and_check(solution, [], 0)


@pytest.mark.edge
@pytest.mark.parametrize("heights", [[0], [7], [3, 5], [5, 3], [4, 4], [0, 0]],
                         ids=["zero", "one", "up", "down", "equal", "two-zeros"])
def test_fewer_than_three_bars(solution, heights):
    """One or two bars cannot hold water: there is no bar between two walls."""
    trap_and_check(solution, heights, 0)


@pytest.mark.edge
@pytest.mark.parametrize("heights", [[2, 0, 2], [1, 0, 3], [3, 1, 1], [0, 5, 0]],
                         ids=["pit", "uneven-walls", "drains-right", "peak"])
def test_three_bars(solution, heights):
    """The smallest rows that can hold water, and ones that cannot."""
    trap_and_check(solution, heights)


@pytest.mark.edge
@pytest.mark.parametrize("heights", [
    list(range(10)), list(range(10, 0, -1)), [1, 1, 2, 2, 3, 3], [9, 9, 5, 5, 1, 0],
], ids=["increasing", "decreasing", "rising-steps", "falling-steps"])
def test_monotone(solution, heights):
    """Rows that only rise or only fall drain off one end: no water."""
    trap_and_check(solution, heights, 0)


@pytest.mark.edge
@pytest.mark.parametrize("heights", [
    [3, 3, 3, 3], [0, 0, 0, 0, 0], [3, 0, 0, 0, 3], [4, 4, 1, 1, 4, 4], [2, 2, 0, 2, 2, 0, 2],
    [5, 1, 1, 3, 3, 1, 5],
], ids=["flat", "all-zero", "flat-bottom", "flat-walls", "two-pools", "plateau-inside"])
def test_plateaus(solution, heights):
    """Equal neighbouring heights: flat tops hold nothing, flat bottoms hold water over their width."""
    trap_and_check(solution, heights)


@pytest.mark.edge
@pytest.mark.parametrize("heights", [[2, 0, 5], [5, 0, 2], [0, 3, 0, 2, 0], [1, 0, 2, 0, 1]],
                         ids=["right-wall-last", "left-wall-first", "zeros-at-ends", "symmetric"])
def test_end_bars(solution, heights):
    """The first and last bars can be walls; water is never held above them."""
    trap_and_check(solution, heights)


@pytest.mark.edge
def test_huge_heights(solution):
    """Heights at the top of the range: the total goes far past 2**31."""
    top = 10**9
    trap_and_check(solution, [top, 0, 0, 1, top - 1, 0, top], 4 * top)


def _input_after_trap(module, heights):
    """Call trap on a list, then send back that same list as it is afterwards."""
    module.trap(heights)
    return heights


@pytest.mark.edge
def test_input_not_modified(worker):
    """trap must leave the caller's list unchanged."""
    heights = [4, 1, 3, 0, 2, 5, 1, 2]
    after = worker.probe(_input_after_trap, list(heights), label=call_text("trap", heights))
    check(after == heights, lambda: f"{call_text('trap', heights)} modified its input: afterwards the list "
                                    f"passed in was {short_repr(after)}")


# --- complexity --------------------------------------------------------------------------------


def random_walls(n, rng):
    """n random bars between two high walls: every bar holds water, nothing ends a scan early.
    (Each shape is self-contained: it also runs in the worker.)"""
    return ([10**6] + [rng.randint(0, 10**6 - 1) for _ in range(n - 2)] + [10**6 - 1],)


def falling(n, rng):
    """n bars, each lower than the one before (random steps): no bar has a higher one to its right."""
    heights = [0] * n
    for i in range(n - 2, -1, -1):
        heights[i] = heights[i + 1] + rng.randint(1, 3)
    return (heights,)


def all_equal(n, rng):
    """n bars of one height."""
    return ([rng.randint(1, 10**6)] * n,)


TIME_SHAPES = {"random-between-walls": random_walls, "falling": falling}
SPACE_SHAPES = {**TIME_SHAPES, "all-equal": all_equal}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", ["random", "falling"])
def test_large_row(solution, rng, shape):
    """The longest row graded, random or falling: an O(n^2) scan takes minutes, O(n) milliseconds."""
    # Measured on 2 busy cores: the reference 0.3-0.4 s for the whole test; scanning right for
    # the next bar as high took 1.1 s at 2,000 and 4.7 s at 4,000 falling bars (minutes at 50,000).
    if shape == "random":
        heights = [rng.randint(0, 10**9) for _ in range(LARGE)]
    else:
        (heights,) = falling(LARGE, rng)
    trap_and_check(solution, heights, water_sweep(heights))


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(TIME_SHAPES))
def test_time_grows_linearly(complexity, shape):
    """Operations counted (comparisons inside max and min included) at 4 sizes, in 2 shapes."""
    complexity.time("trap", TIME_SHAPES[shape], sizes=tuple(fact("time_sizes")), label=f"trap ({shape})")


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SPACE_SHAPES))
def test_constant_extra_space(complexity, shape):
    """Peak extra memory while trap runs, at 4 sizes and in 3 shapes: it must not grow with n."""
    complexity.space("trap", SPACE_SHAPES[shape], sizes=tuple(fact("space_sizes")), label=f"trap ({shape})")
