"""Hidden tests for ship_within_days: random lists against trying every capacity, days >= n, one
heavy package, one day, and counted time in three shapes plus one call per shape at the largest
size."""

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

MAX_LEN = fact("max_len")
MAX_WEIGHT = fact("max_weight")


def days_needed(weights, capacity):
    used, load = 1, 0
    for w in weights:
        if load + w > capacity:
            used, load = used + 1, 0
        load += w
    return used


def capacity_brute(weights, days):
    """Oracle: the first capacity from max(weights) up that fits."""
    capacity = max(weights)
    while days_needed(weights, capacity) > days:
        capacity += 1
    return capacity


def capacity_fast(weights, days):
    """Oracle for large inputs: binary search."""
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if days_needed(weights, mid) <= days else (mid + 1, hi)
    return lo


def ship_and_check(solution, weights, days, want=None):
    if want is None:
        want = capacity_brute(weights, days)
    check_equal(solution.ship_within_days(list(weights), days), want,
                call=call_text("ship_within_days", weights, days))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(4))
def test_random_small(solution, rng, batch):
    """Random short lists and any number of days, against trying every capacity."""
    for _ in range(40):
        weights = [rng.randint(1, 12) for _ in range(rng.randint(1, 12))]
        ship_and_check(solution, weights, rng.randint(1, len(weights)))


@pytest.mark.parametrize("days", [3, 40, 700])
def test_random_long(solution, rng, days):
    """2,000 random weights up to the maximum, a few days or many."""
    weights = [rng.randint(1, MAX_WEIGHT) for _ in range(2000)]
    ship_and_check(solution, weights, days, capacity_fast(weights, days))


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize(("weights", "days"), [([7, 2, 5], 3), ([4, 9, 1, 9], 4), ([5], 1), ([2, 2, 2, 2], 4)],
                         ids=["three", "four", "one-package", "equal"])
def test_days_at_least_n(solution, weights, days):
    """As many days as packages: the heaviest package decides."""
    ship_and_check(solution, weights, days, max(weights))


@pytest.mark.edge
@pytest.mark.parametrize(("weights", "days"), [([1, 1, 100, 1, 1], 2), ([100, 1, 1, 1], 2), ([1, 1, 1, 1, 1, 100], 3),
                                               ([1, 2, 1, 1, 90, 1], 4)],
                         ids=["middle", "first", "last", "needs-own-day"])
def test_one_heavy_package(solution, weights, days):
    """One package much heavier than the rest: the ship must carry it, even if the count of days would allow less."""
    ship_and_check(solution, weights, days)


@pytest.mark.edge
@pytest.mark.parametrize("weights", [[3, 1, 4, 1, 5], [500] * 6, [1]], ids=["mixed", "all-max", "single"])
def test_one_day(solution, weights):
    """One day: everything at once."""
    ship_and_check(solution, weights, 1, sum(weights))


@pytest.mark.edge
def test_all_equal(solution):
    """Equal weights: the capacity is a whole number of packages."""
    ship_and_check(solution, [4] * 10, 3, 16)


def _call_and_return_weights(module, weights, days):
    got = module.ship_within_days(weights, days)
    return got, weights


@pytest.mark.edge
def test_input_not_modified(worker):
    """weights is not modified."""
    weights = [3, 2, 2, 4, 1, 4]
    call = call_text("ship_within_days", weights, 3)
    got, after = worker.probe(_call_and_return_weights, list(weights), 3, label=call)
    check_equal(got, 6, call=call)
    check(after == weights, f"{call} modified weights: afterwards it was {short_repr(after)}")


# --- complexity --------------------------------------------------------------------------------


def one_day(n, rng):
    """n random weights from 1 to 500, one day: the answer is the sum (self-contained: it also runs in the worker)."""
    return ([rng.randint(1, 500) for _ in range(n)], 1)


def tenth_days(n, rng):
    """n random weights, about n / 10 days."""
    return ([rng.randint(1, 500) for _ in range(n)], max(n // 10, 1))


def days_is_n(n, rng):
    """n random weights, n days: the answer is the heaviest package."""
    return ([rng.randint(1, 500) for _ in range(n)], n)


SHAPES = {"one-day": one_day, "n/10-days": tenth_days, "n-days": days_is_n}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_time_grows_like_n_log_n(complexity, shape):
    """Operations counted at 4 sizes, in 3 shapes."""
    assert MAX_WEIGHT == 500  # the shapes draw weights up to the prompt's maximum
    complexity.time("ship_within_days", SHAPES[shape], sizes=tuple(fact("time_sizes")),
                    guard_size=fact("cpu_check_size"), label=f"ship_within_days ({shape})")


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_longest_list(solution, rng, shape):
    """The longest list allowed, in each shape, within the time limit."""
    # Measured on 2 busy cores: the reference at most 0.2 s per call (about 24 greedy passes
    # over 50,000 weights); trying every capacity needs up to 12 million passes with one day.
    weights, days = SHAPES[shape](MAX_LEN, rng)
    check_equal(solution.ship_within_days(weights, days), capacity_fast(weights, days),
                call=f"ship_within_days(<{MAX_LEN:,} weights>, {days:,})")


@pytest.mark.complexity
def test_constant_extra_space(complexity):
    """Peak extra memory while ship_within_days runs (one day, the most binary-search steps), at 4 sizes."""
    complexity.space("ship_within_days", one_day, sizes=tuple(fact("space_sizes")), label="ship_within_days (one-day)")
