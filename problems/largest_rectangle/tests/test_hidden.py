"""Hidden tests for largest_rectangle: random histograms against a brute-force oracle, the edge
cases (empty, one bar, level, sorted, zeros), and counted time in four shapes plus one call per
shape at the largest size."""

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

MAX_LEN = fact("max_len")


def area_brute(heights):
    """Oracle, O(n^2): every run i..j with its running minimum."""
    best = 0
    for i in range(len(heights)):
        low = heights[i]
        for j in range(i, len(heights)):
            low = min(low, heights[j])
            best = max(best, low * (j - i + 1))
    return best


def area_fast(heights):
    """Oracle for large inputs, O(n): nearest lower bar on each side, by two stack passes."""
    n = len(heights)
    left, right, stack = [-1] * n, [n] * n, []
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            stack.pop()
        left[i] = stack[-1] if stack else -1
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and heights[stack[-1]] >= heights[i]:
            stack.pop()
        right[i] = stack[-1] if stack else n
        stack.append(i)
    return max((heights[i] * (right[i] - left[i] - 1) for i in range(n)), default=0)


def area_and_check(solution, heights, want=None):
    if want is None:
        want = area_brute(heights)
    check_equal(solution.largest_rectangle(list(heights)), want, call=call_text("largest_rectangle", heights))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(4))
def test_random_small(solution, rng, batch):
    """Random short histograms of low bars (many ties and zeros), against the brute-force oracle."""
    for _ in range(40):
        area_and_check(solution, [rng.randint(0, 6) for _ in range(rng.randint(1, 14))])


@pytest.mark.parametrize("n", [60, 400])
def test_random_tall(solution, rng, n):
    """Longer histograms with heights up to 10**6."""
    area_and_check(solution, [rng.randint(0, 10**6) for _ in range(n)])


def test_wide_beats_tall(solution):
    """A long low stretch beats a single tall bar, and the rectangle spans bars popped before it."""
    area_and_check(solution, [2, 1, 2, 3, 1, 100, 1, 2, 2, 1])


def test_valley_and_peak(solution):
    """A V shape and an inverted V: the best rectangle straddles the middle."""
    area_and_check(solution, [5, 4, 3, 2, 1, 2, 3, 4, 5])
    area_and_check(solution, [1, 2, 3, 4, 5, 4, 3, 2, 1])


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_empty(solution):
    """No bars: area 0."""
    area_and_check(solution, [], 0)


@pytest.mark.edge
@pytest.mark.parametrize("heights", [[7], [0], [10**9]], ids=["seven", "zero", "tallest"])
def test_one_bar(solution, heights):
    """One bar: its own height."""
    area_and_check(solution, heights, heights[0])


@pytest.mark.edge
@pytest.mark.parametrize("heights", [[4, 4, 4, 4, 4], [0, 0, 0], [2, 2, 5, 5, 2, 2], [3, 1, 3, 1, 3]],
                         ids=["level", "all-zero", "plateaus", "alternating"])
def test_equal_heights(solution, heights):
    """Stretches of equal bars: a level stretch of k bars of height h holds k * h."""
    area_and_check(solution, heights)


@pytest.mark.edge
@pytest.mark.parametrize("heights", [list(range(1, 11)), list(range(10, 0, -1)), [1, 1, 2, 2, 3, 3, 4, 4]],
                         ids=["increasing", "decreasing", "rising-steps"])
def test_sorted(solution, heights):
    """Heights that only rise or only fall: the bars left over after the last one still count."""
    area_and_check(solution, heights)


@pytest.mark.edge
@pytest.mark.parametrize("heights", [[0, 5, 5, 0, 4, 4, 4], [3, 0, 3], [0, 0, 9, 0]],
                         ids=["zero-splits", "zero-middle", "zeros-around"])
def test_zero_bars(solution, heights):
    """Bars of height 0 cut the histogram in pieces."""
    area_and_check(solution, heights)


@pytest.mark.edge
def test_huge_area(solution):
    """The tallest bars over a stretch: the area is far beyond 2**31."""
    area_and_check(solution, [10**9] * 40 + [1], 40 * 10**9)


def _input_after_call(module, heights):
    """Call largest_rectangle on a list and send back that same list as it is afterwards."""
    module.largest_rectangle(heights)
    return heights


@pytest.mark.edge
def test_input_not_modified(worker):
    """largest_rectangle must leave the caller's list unchanged."""
    heights = [2, 1, 5, 6, 2, 3]
    after = worker.probe(_input_after_call, list(heights), label=call_text("largest_rectangle", heights))
    check(after == heights, lambda: f"{call_text('largest_rectangle', heights)} modified its input: "
                                    f"afterwards the list passed in was {short_repr(after)}")


# --- complexity --------------------------------------------------------------------------------


def random_bars(n, rng):
    """n random heights (each shape is self-contained: it also runs in the worker)."""
    return ([rng.randint(0, 10**9) for _ in range(n)],)


def increasing(n, rng):
    """n strictly increasing heights (random steps)."""
    heights, h = [], rng.randint(0, 10)
    for _ in range(n):
        h += rng.randint(1, 3)
        heights.append(h)
    return (heights,)


def decreasing(n, rng):
    """n strictly decreasing heights (random steps)."""
    heights, h = [], rng.randint(0, 10)
    for _ in range(n):
        h += rng.randint(1, 3)
        heights.append(h)
    return (heights[::-1],)


def all_equal(n, rng):
    """n bars of one height."""
    return ([rng.randint(1, 10**9)] * n,)


SHAPES = {"random": random_bars, "increasing": increasing, "decreasing": decreasing, "all-equal": all_equal}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_time_grows_linearly(complexity, shape):
    """Operations counted (comparisons inside max and min included) at 4 sizes, in 4 shapes."""
    complexity.time("largest_rectangle", SHAPES[shape], sizes=tuple(fact("time_sizes")),
                    guard_size=fact("cpu_check_size"), label=f"largest_rectangle ({shape})")


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_largest_histogram(solution, rng, shape):
    """The longest histogram allowed, in each shape, within the time limit."""
    # Measured on 2 busy cores: the reference about 0.03 s per call at 100,000 bars; expanding from
    # every bar needs about n^2 / 2 steps on level or sorted bars (hours), and splitting at the
    # lowest bar goes 100,000 levels deep on sorted bars.
    (heights,) = SHAPES[shape](MAX_LEN, rng)
    got = solution.largest_rectangle(heights)
    check_equal(got, area_fast(heights), call=f"largest_rectangle(<{MAX_LEN:,} {shape} bars>)")
