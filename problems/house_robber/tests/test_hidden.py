"""Hidden tests for house_robber: random streets against trying every plan, plans that skip two
houses, the empty street and one house, counted time, measured extra space in three shapes, and
the longest street."""

from itertools import product

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

MAX_LEN = fact("max_len")


def rob_brute(nums):
    """Oracle: every subset of houses with no two adjacent (small streets only)."""
    best = 0
    for pick in product((0, 1), repeat=len(nums)):
        if all(not (a and b) for a, b in zip(pick, pick[1:], strict=False)):
            best = max(best, sum(x for x, p in zip(nums, pick, strict=True) if p))
    return best


def rob_fast(nums):
    """Oracle for long streets: the same recurrence, written as a table."""
    table = [0, 0]
    for x in nums:
        table.append(max(table[-1], table[-2] + x))
    return table[-1]


def rob_and_check(solution, nums, want=None):
    if want is None:
        want = rob_brute(nums)
    check_equal(solution.rob(list(nums)), want, call=call_text("rob", nums))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(3))
def test_random_small(solution, rng, batch):
    """Random streets of up to 12 houses, against trying every plan."""
    for _ in range(30):
        rob_and_check(solution, [rng.randint(0, 20) for _ in range(rng.randint(2, 12))])


@pytest.mark.parametrize("nums", [[2, 1, 1, 2], [5, 1, 1, 5, 1, 1, 5], [3, 0, 0, 3, 0, 0, 0, 3], [1, 9, 1, 1, 9]],
                         ids=["ends", "every-third", "gaps", "skip-middle"])
def test_skipping_two_houses(solution, nums):
    """The best plan skips two or more houses in a row: neither the even nor the odd houses alone."""
    rob_and_check(solution, nums)


def test_long_street(solution, rng):
    """A long street of large amounts."""
    nums = [rng.randint(0, 10**6) for _ in range(5000)]
    rob_and_check(solution, nums, rob_fast(nums))


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_empty_street(solution):
    """No houses: 0."""
    rob_and_check(solution, [], 0)


@pytest.mark.edge
@pytest.mark.parametrize("nums", [[5], [0], [10**6]], ids=["five", "zero", "max"])
def test_one_house(solution, nums):
    """One house: its amount."""
    rob_and_check(solution, nums, nums[0])


@pytest.mark.edge
@pytest.mark.parametrize("nums", [[3, 8], [8, 3], [4, 4]], ids=["second", "first", "equal"])
def test_two_houses(solution, nums):
    """Two neighbours: the richer one."""
    rob_and_check(solution, nums, max(nums))


@pytest.mark.edge
@pytest.mark.parametrize("nums", [[0, 0, 0], [7, 7, 7, 7, 7], [0, 5, 0, 0, 5]], ids=["zeros", "equal", "zeros-between"])
def test_zeros_and_equal(solution, nums):
    """Empty houses and houses of equal value."""
    rob_and_check(solution, nums)


def _call_and_return_nums(module, nums):
    got = module.rob(nums)
    return got, nums


@pytest.mark.edge
def test_input_not_modified(worker):
    """nums is not modified."""
    nums = [2, 7, 9, 3, 1]
    call = call_text("rob", nums)
    got, after = worker.probe(_call_and_return_nums, list(nums), label=call)
    check_equal(got, 12, call=call)
    check(after == nums, f"{call} modified nums: afterwards it was {short_repr(after)}")


# --- complexity --------------------------------------------------------------------------------


def random_amounts(n, rng):
    """n random amounts (each shape is self-contained: it also runs in the worker)."""
    return ([rng.randint(0, 10**6) for _ in range(n)],)


def all_equal(n, rng):
    """n houses of one amount."""
    return ([rng.randint(1, 10**6)] * n,)


def alternating(n, rng):
    """High and low amounts alternating."""
    return ([rng.randint(5 * 10**5, 10**6) if i % 2 else rng.randint(0, 10) for i in range(n)],)


SHAPES = {"random": random_amounts, "all-equal": all_equal, "alternating": alternating}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_constant_extra_space(complexity, shape):
    """Peak extra memory and call depth while rob runs, at 4 sizes, in 3 shapes: it must not grow with n."""
    complexity.space("rob", SHAPES[shape], sizes=tuple(fact("space_sizes")), label=f"rob ({shape})")


@pytest.mark.complexity
def test_time_grows_linearly(complexity):
    """Operations counted at 4 sizes."""
    complexity.time("rob", random_amounts, sizes=tuple(fact("time_sizes")), label="rob")


@pytest.mark.complexity
def test_longest_street(solution, rng):
    """The longest street allowed, within the time limit (far deeper than Python's recursion limit)."""
    # Measured on 2 busy cores: the reference about 0.02 s; a memoised recursion raises
    # RecursionError long before 100,000 levels.
    (nums,) = random_amounts(MAX_LEN, rng)
    check_equal(solution.rob(nums), rob_fast(nums), call=f"rob(<{MAX_LEN:,} houses>)")
