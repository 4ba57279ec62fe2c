"""Hidden tests for search_rotated_duplicates: random rotated lists with repeats against `in`,
equal values on both sides of the rotation point, every rotation of small lists, the O(n) worst
case at the largest size, and counted time (O(log n)) where the halves can be told apart."""

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

MAX_LEN = fact("max_len")


def search_and_check(solution, nums, target):
    check_equal(solution.search(list(nums), target), target in nums, call=call_text("search", nums, target))


def rotated(values, k):
    return values[k:] + values[:k]


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(3))
def test_random_rotated(solution, rng, batch):
    """Random sorted lists with repeats, rotated anywhere, present and absent targets."""
    for _ in range(40):
        values = sorted(rng.randint(-5, 5) for _ in range(rng.randint(1, 12)))
        nums = rotated(values, rng.randrange(len(values)))
        search_and_check(solution, nums, rng.randint(-6, 6))


def test_every_rotation_distinct(solution):
    """Distinct values, every rotation, every present value and the gaps between them."""
    values = [-7, -3, 0, 2, 5, 9, 11]
    for k in range(len(values)):
        nums = rotated(values, k)
        for target in range(-8, 13):
            search_and_check(solution, nums, target)


def test_long_random(solution, rng):
    """A long rotated list with repeats."""
    values = sorted(rng.randint(-10**4, 10**4) for _ in range(5000))
    nums = rotated(values, rng.randrange(5000))
    for target in (values[0], values[-1], values[2500], values[0] - 1, values[-1] + 1, 10**4 + 0):
        search_and_check(solution, nums, target)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize(("nums", "target"), [
    ([1, 0, 1, 1, 1], 0), ([1, 1, 1, 0, 1], 0), ([1, 1, 0, 1, 1, 1, 1], 0), ([3, 1, 3, 3, 3], 1),
    ([2, 2, 2, 3, 2, 2, 2], 3), ([1, 3, 1, 1, 1], 3), ([1, 1, 1, 1, 3, 1], 3),
], ids=["left-zero", "right-zero", "deep-zero", "left-one", "middle-peak", "early-peak", "late-peak"])
def test_equal_ends_hide_the_order(solution, nums, target):
    """nums[lo], nums[mid] and nums[hi] equal: the odd value may be on either side."""
    search_and_check(solution, nums, target)


@pytest.mark.edge
@pytest.mark.parametrize("batch", range(2))
def test_every_rotation_with_repeats(solution, rng, batch):
    """Lists of two or three values with long runs, every rotation, every target."""
    for _ in range(6):
        values = sorted(rng.choice([1, 1, 1, 2, 3]) for _ in range(rng.randint(2, 9)))
        for k in range(len(values)):
            for target in (0, 1, 2, 3, 4):
                search_and_check(solution, rotated(values, k), target)


@pytest.mark.edge
@pytest.mark.parametrize(("nums", "target"), [([5], 5), ([5], 4), ([1, 3], 3), ([3, 1], 1), ([3, 1], 2),
                                              ([1, 1], 1), ([1, 1], 0)],
                         ids=["one-hit", "one-miss", "two-sorted", "two-rotated", "two-miss", "two-equal",
                              "two-equal-miss"])
def test_tiny(solution, nums, target):
    """One and two values."""
    search_and_check(solution, nums, target)


@pytest.mark.edge
@pytest.mark.parametrize("target", [3, 1, 0], ids=["all-equal-hit", "no-hit", "below"])
def test_not_rotated_and_all_equal(solution, target):
    """A plain sorted list, and a list of one value."""
    search_and_check(solution, [0, 1, 1, 2, 4], target)
    search_and_check(solution, [3, 3, 3, 3], target)


def _call_and_return_nums(module, nums, target):
    got = module.search(nums, target)
    return got, nums


@pytest.mark.edge
def test_input_not_modified(worker):
    """nums is not modified."""
    nums = [2, 5, 6, 0, 0, 1, 2]
    call = call_text("search", nums, 0)
    got, after = worker.probe(_call_and_return_nums, list(nums), 0, label=call)
    check_equal(got, True, call=call)
    check(after == nums, f"{call} modified nums: afterwards it was {short_repr(after)}")


# --- complexity --------------------------------------------------------------------------------


@pytest.mark.complexity
@pytest.mark.parametrize("where", ["middle", "near-end"])
def test_worst_case_all_equal_but_one(solution, rng, where):
    """The most values allowed, all equal but one: O(n) is allowed, within the time limit."""
    nums = [7] * MAX_LEN
    spot = MAX_LEN // 2 + rng.randrange(-50, 50) if where == "middle" else MAX_LEN - 2
    nums[spot] = 3
    check_equal(solution.search(nums, 3), True, call=f"search(<{MAX_LEN:,} copies of 7 and one 3>, 3)")


def distinct_below(n, rng):
    """n distinct even values rotated by n // 3, target below all of them (absent). Deterministic,
    so the search takes the same branches at every size. (Self-contained: it also runs in the worker.)"""
    values = list(range(0, 2 * n, 2))
    return (values[n // 3:] + values[: n // 3], -1)


def distinct_above(n, rng):
    """n distinct even values rotated by n // 3, target above all of them (absent)."""
    values = list(range(0, 2 * n, 2))
    return (values[n // 3:] + values[: n // 3], 2 * n + 1)


def pairs_below(n, rng):
    """Every value twice (n values), rotated by n // 3 rounded to a pair, target below all (absent)."""
    values = [2 * (i // 2) for i in range(n)]
    k = (n // 3) // 2 * 2
    return (values[k:] + values[:k], -1)


def pairs_above(n, rng):
    """Every value twice (n values), rotated by n // 3 rounded to a pair, target above all (absent)."""
    values = [2 * (i // 2) for i in range(n)]
    k = (n // 3) // 2 * 2
    return (values[k:] + values[:k], 2 * n + 1)


SHAPES = {"distinct-below": distinct_below, "distinct-above": distinct_above, "pairs-below": pairs_below,
          "pairs-above": pairs_above}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_time_grows_logarithmically(complexity, shape):
    """Operations counted at 4 sizes for an absent target, where the halves can be told apart."""
    complexity.time("search", SHAPES[shape], sizes=tuple(fact("time_sizes")), guard_size=fact("cpu_check_size"),
                    label=f"search ({shape})")
