"""Hidden tests for longest_increasing_subsequence: random inputs against an O(n^2) oracle, the
edge cases, and operation counts on mostly increasing inputs.

Correctness tests use distinct values, so strict versus non-strict never matters there;
repeated values (where strictly increasing is the whole point) belong to the edge tests.
"""

import pytest

from harness.authoring import call_text, check, fact, short_repr


def longest_witness(nums):
    """Oracle: one longest strictly increasing subsequence, by the O(n^2) DP over index pairs."""
    best = [1] * len(nums)
    parent = [-1] * len(nums)
    for j in range(len(nums)):
        for i in range(j):
            if nums[i] < nums[j] and best[i] + 1 > best[j]:
                best[j], parent[j] = best[i] + 1, i
    if not nums:
        return []
    k = max(range(len(nums)), key=best.__getitem__)
    out = []
    while k != -1:
        out.append(nums[k])
        k = parent[k]
    return out[::-1]


def check_length(nums, got, witness=None):
    """Judge got against the oracle; the message shows a longest subsequence as evidence."""
    call = call_text("longest_increasing_subsequence", nums)
    if witness is None:
        witness = longest_witness(nums)
    want = len(witness)
    check(type(got) is int,
          lambda: f"{call} returned {short_repr(got, 60)} (a {type(got).__name__}); expected an int: {want}")
    if got == want:
        return
    if want == 0:
        check(False, f"{call} returned {got}; expected 0: an empty list has only the empty subsequence")
    shown = short_repr(witness, 100)
    if got < want:
        check(False, lambda: f"{call} returned {got}; expected {want}: {shown} is a strictly increasing "
                             f"subsequence of length {want}")
    check(False, lambda: f"{call} returned {got}; expected {want}: no strictly increasing subsequence is "
                         f"longer than {want} (one of length {want}: {shown}). Equal values do not "
                         "count as increasing")


@pytest.mark.parametrize("batch", range(4))
def test_random_small(solution, rng, batch):
    """Short lists of distinct values in random order, against the O(n^2) oracle."""
    for _ in range(40):
        nums = rng.sample(range(-50, 50), rng.randint(1, 12))
        check_length(nums, solution.longest_increasing_subsequence(list(nums)))


@pytest.mark.parametrize("n", [60, 300])
def test_random_larger(solution, rng, n):
    """Longer lists of distinct values spread over the whole input range."""
    nums = rng.sample(range(-10**9, 10**9), n)
    check_length(nums, solution.longest_increasing_subsequence(list(nums)))


@pytest.mark.parametrize("n", [50, 400])
def test_noisy_increasing(solution, rng, n):
    """An increasing trend with random dips: the answer is long and the tails keep changing."""
    nums = rng.sample(range(10 * n), n)
    nums.sort()
    for _ in range(n // 3):
        i, j = rng.randrange(n), rng.randrange(n)
        if abs(i - j) < 8:
            nums[i], nums[j] = nums[j], nums[i]
    check_length(nums, solution.longest_increasing_subsequence(list(nums)))


def test_later_smaller_start_wins(solution):
    """A late run starting from a smaller value beats the early, higher one."""
    nums = [50, 60, 70, 1, 2, 3, 4, 80]
    check_length(nums, solution.longest_increasing_subsequence(list(nums)))


def test_not_contiguous(solution):
    """The subsequence skips elements: no two of its values are next to each other."""
    nums = [1, 100, 2, 90, 3, 80, 4, 70, 5]
    check_length(nums, solution.longest_increasing_subsequence(list(nums)))


@pytest.mark.edge
def test_empty(solution):
    """An empty list: the answer is 0."""
    check_length([], solution.longest_increasing_subsequence([]))


@pytest.mark.edge
@pytest.mark.parametrize("nums", [[42], [-7], [0]], ids=["positive", "negative", "zero"])
def test_single(solution, nums):
    """One element is an increasing subsequence of length 1."""
    check_length(nums, solution.longest_increasing_subsequence(list(nums)))


@pytest.mark.edge
@pytest.mark.parametrize("nums", [[3, 3], [5] * 10, [-1] * 200], ids=["two", "ten", "two-hundred"])
def test_all_equal(solution, nums):
    """All values equal: strictly increasing means the answer is 1."""
    check_length(nums, solution.longest_increasing_subsequence(list(nums)))


@pytest.mark.edge
@pytest.mark.parametrize("n", [2, 7, 500])
def test_strictly_decreasing(solution, n):
    """Strictly decreasing values: every increasing subsequence has one element."""
    nums = list(range(n, 0, -1))
    check_length(nums, solution.longest_increasing_subsequence(list(nums)))


@pytest.mark.edge
@pytest.mark.parametrize("n", [2, 9, 1000])
def test_strictly_increasing(solution, n):
    """Strictly increasing values: the whole list is the answer."""
    nums = list(range(-n, n, 2))[:n]
    check_length(nums, solution.longest_increasing_subsequence(list(nums)))


@pytest.mark.edge
@pytest.mark.parametrize("nums", [
    [1, 2, 2, 3],
    [1, 1, 2, 2, 3, 3],
    [4, 10, 4, 3, 8, 9],
    [2, 2, 2, 3, 3, 3, 1, 1, 4],
    [0, 0, 1, 1, 0, 0, 1, 1],
], ids=["repeat-in-run", "pairs", "repeat-after-dip", "plateaus", "two-values"])
def test_duplicates_in_runs(solution, nums):
    """Repeated values inside an increasing run extend nothing."""
    check_length(nums, solution.longest_increasing_subsequence(list(nums)))


@pytest.mark.edge
@pytest.mark.parametrize("batch", range(3))
def test_random_many_duplicates(solution, rng, batch):
    """Random lists over a few values, so nearly every value repeats."""
    for _ in range(40):
        nums = [rng.randint(0, 4) for _ in range(rng.randint(2, 14))]
        check_length(nums, solution.longest_increasing_subsequence(list(nums)))


@pytest.mark.edge
@pytest.mark.parametrize("nums", [
    [-10**9, 10**9],
    [10**9, -10**9],
    [-5, -4, -10, -3, -20, -2],
    [10**9, 10**9 - 1, -10**9, 0, 10**9],
], ids=["extremes-up", "extremes-down", "negatives", "extremes-mixed"])
def test_negatives_and_extremes(solution, nums):
    """Negative values and the ends of the input range."""
    check_length(nums, solution.longest_increasing_subsequence(list(nums)))


def _input_unchanged(module, nums):
    before = list(nums)
    module.longest_increasing_subsequence(nums)
    return nums == before


@pytest.mark.edge
def test_input_not_modified(worker):
    """longest_increasing_subsequence must not sort or change the caller's list."""
    check(worker.probe(_input_unchanged, [3, 1, 4, 1, 5, 9, 2, 6], label="longest_increasing_subsequence"
                       "([3, 1, 4, 1, 5, 9, 2, 6])"),
          "longest_increasing_subsequence([3, 1, 4, 1, 5, 9, 2, 6]) modified nums; the prompt says not to")


def worst_case(n, rng):
    """n distinct values, increasing with small local swaps: the answer is about 3n/4 long, so the
    tails list keeps growing and every value needs a search through it."""
    base = rng.randrange(-10**9, 10**9 - 3 * n)
    nums = [base + 3 * i + rng.randrange(3) for i in range(n)]  # strictly increasing
    for i in range(0, n - 1, 4):
        nums[i], nums[i + 1] = nums[i + 1], nums[i]
    return (nums,)


def two_runs(n, rng):
    """Two increasing runs, the second interleaving the first (evens, then odds): each value of
    the second run belongs early in a tails list about n / 2 long."""
    base = 2 * rng.randrange(-10**8, 10**8)
    half = n // 2
    return ([base + 2 * i for i in range(half)] + [base + 2 * i + 1 for i in range(n - half)],)


SHAPES = {"mostly-increasing": worst_case, "two-runs": two_runs}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_time_grows_like_n_log_n(complexity, shape):
    """Operations counted (comparisons inside bisect and sorted included) at 4 sizes, in 2 shapes."""
    complexity.time("longest_increasing_subsequence", SHAPES[shape], sizes=tuple(fact("time_sizes")),
                    label=f"longest_increasing_subsequence ({shape})")


@pytest.mark.complexity
def test_extra_space_is_linear(complexity):
    """Peak extra memory while the function runs, at 4 sizes."""
    complexity.space("longest_increasing_subsequence", worst_case, sizes=(512, 1024, 2048, 4096))
