"""Hidden tests for two_sum: generated inputs judged by a checker backed by a brute-force oracle."""

import pytest

from harness.authoring import call_text, check, fact


def valid_pairs(nums, target):
    """Every (i, j), i < j, that adds up to target; O(n^2), for small inputs only."""
    return {(i, j) for i in range(len(nums)) for j in range(i + 1, len(nums)) if nums[i] + nums[j] == target}


def pair_exists(nums, target):
    """O(n) oracle for large inputs."""
    seen = set()
    for x in nums:
        if target - x in seen:
            return True
        seen.add(x)
    return False


def check_answer(nums, target, got, *, exists=None):
    call = call_text("two_sum", nums, target)
    example = ""
    if exists is None:
        pairs = valid_pairs(nums, target)
        exists = bool(pairs)
        if pairs:
            example = f" such as {list(min(pairs))}"
    if not exists:
        check(type(got) is list and got == [], f"{call} returned {got!r}; expected [] because no two values add up to {target}")
        return
    check(type(got) is list and len(got) == 2 and all(type(k) is int for k in got),
          f"{call} returned {got!r}; expected a list of two int indices{example}")
    i, j = got
    check(0 <= i < j < len(nums), f"{call} returned {got!r}; indices must satisfy 0 <= i < j < len(nums)")
    check(nums[i] + nums[j] == target,
          f"{call} returned {got!r}, but nums[{i}] + nums[{j}] = {nums[i]} + {nums[j]} = {nums[i] + nums[j]}, not {target}")


@pytest.mark.parametrize("batch", range(6))
def test_random_small(solution, rng, batch):
    """Random short lists with many repeated values, against the brute-force oracle."""
    for _ in range(50):
        n = rng.randint(2, 12)
        nums = [rng.randint(-8, 8) for _ in range(n)]
        target = rng.randint(-12, 12) if rng.random() < 0.5 else nums[rng.randrange(n)] + nums[rng.randrange(n)]
        check_answer(nums, target, solution.two_sum(list(nums), target))


@pytest.mark.parametrize("n", [100, 2_000])
def test_random_planted_pair(solution, rng, n):
    """A single planted pair hidden among distinct values, anywhere in the list."""
    values = rng.sample(range(-10**6, 10**6), n)
    i, j = sorted(rng.sample(range(n), 2))
    target = values[i] + values[j]
    check_answer(values, target, solution.two_sum(list(values), target), exists=pair_exists(values, target))


def test_pair_far_apart(solution):
    """The two values are the first and the last element."""
    nums = [1] + list(range(10, 3010, 3)) + [2]
    check_answer(nums, 3, solution.two_sum(list(nums), 3), exists=True)


@pytest.mark.edge
@pytest.mark.parametrize("nums,target", [([], 0), ([5], 10), ([5], 5)], ids=["empty", "single", "single-half"])
def test_too_short(solution, nums, target):
    """Fewer than two elements: there is no pair."""
    check_answer(nums, target, solution.two_sum(list(nums), target))


@pytest.mark.edge
@pytest.mark.parametrize("nums,target", [
    ([3, 3], 6),
    ([3, 2, 4], 6),
    ([1, 5, 5, 1], 10),
    ([4, 1, 4], 8),
], ids=["equal-pair", "no-self-pair", "duplicates-middle", "duplicates-apart"])
def test_duplicates(solution, nums, target):
    """Equal values at different positions pair up; one element never pairs with itself."""
    check_answer(nums, target, solution.two_sum(list(nums), target))


@pytest.mark.edge
@pytest.mark.parametrize("nums,target", [
    ([-3, 4, 3, 90], 0),
    ([-1, -2, -3, -4, -5], -8),
    ([0, 4, 3, 0], 0),
    ([10**9, -10**9, 7], 0),
    ([-10**9, -10**9], -2 * 10**9),
], ids=["opposites", "all-negative", "zeros", "extremes", "negative-extremes"])
def test_negatives_and_zero(solution, nums, target):
    """Negative values, zeros and the extremes of the input range."""
    check_answer(nums, target, solution.two_sum(list(nums), target))


@pytest.mark.edge
def test_no_pair(solution, rng):
    """No two values add up to the target: the answer is []."""
    nums = [rng.randrange(0, 10**6) * 2 for _ in range(500)]
    check_answer(nums, 1, solution.two_sum(list(nums), 1), exists=False)


def _input_unchanged(module, nums, target):
    before = list(nums)
    module.two_sum(nums, target)
    return nums == before


@pytest.mark.edge
def test_input_not_modified(worker):
    """two_sum must not reorder or change the caller's list."""
    check(worker.probe(_input_unchanged, [9, 1, 8, 2, 7, 3], 10), "two_sum modified nums; the prompt says not to")


@pytest.mark.complexity
def test_large_input_without_pair(solution):
    """Tens of thousands of distinct values and no valid pair: an O(n^2) scan takes over 10 s,
    O(n) a few ms."""
    n = fact("large_input")
    nums = list(range(0, 2 * n, 2))
    check_answer(nums, -1, solution.two_sum(nums, -1), exists=False)


@pytest.mark.complexity
def test_large_input_with_one_pair(solution, rng):
    """Tens of thousands of values whose one valid pair starts near the front: an answer that
    depends only on the input's size is wrong here."""
    n = fact("large_input")
    nums = [2 * v for v in rng.sample(range(4 * n), n)]
    i, j = rng.randrange(10), rng.randrange(n // 2, n)
    nums[j] = 2 * rng.randrange(4 * n) + 1  # the one odd value: only nums[i] completes it
    target = nums[i] + nums[j]
    check_answer(nums, target, solution.two_sum(list(nums), target), exists=True)


def worst_case(n, rng):
    """n distinct even values and an odd target: no pair exists, so every value is examined."""
    return ([2 * v for v in rng.sample(range(4 * n), n)], -1)


def timed_case(n, rng):
    """For the CPU-time check: n - 1 distinct even values and one odd value that only one even
    value completes, both in the second half: a double loop runs through at least n^2 / 8
    pairs, and the answer (checked) cannot be guessed from the input's size or shape."""
    nums = [2 * v for v in rng.sample(range(4 * n), n)]
    i = rng.randrange(n // 2, n - 1)
    j = rng.randrange(i + 1, n)
    nums[j] = 2 * rng.randrange(4 * n) + 1
    return (nums, nums[i] + nums[j])


def is_valid_pair(args, answer):
    """A timed call's answer: the one valid pair of timed_case's input."""
    nums, target = args
    return (type(answer) is list and len(answer) == 2 and all(type(k) is int for k in answer)
            and 0 <= answer[0] < answer[1] < len(nums) and nums[answer[0]] + nums[answer[1]] == target)


@pytest.mark.complexity
def test_time_grows_linearly(complexity):
    """Operations counted (including hashing and comparisons inside dict and set) at 4 sizes,
    and CPU time read from outside the submission's process at sizes up to 32x larger."""
    complexity.time("two_sum", worst_case, sizes=tuple(fact("time_sizes")), guard_size=fact("cpu_check_size"),
                    guard_case=timed_case, check=is_valid_pair)


@pytest.mark.complexity
def test_extra_space_is_at_most_linear(complexity):
    """Peak extra memory while two_sum runs, at 4 sizes."""
    complexity.space("two_sum", worst_case, sizes=tuple(fact("space_sizes")))
