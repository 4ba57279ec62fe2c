"""Hidden tests for top_k_frequent: random lists against a brute-force oracle, the tie rule and
other edge cases, and inputs with many distinct values for the complexity checks.

The tie rule (equal counts: smaller value first) makes the answer unique, so answers are
compared with the oracle's list; a mismatch is explained with the counts of the values involved.
"""

import heapq
from collections import Counter

import pytest

from harness.authoring import SubmissionFailure, call_text, check, describe_mismatch, fact, short_repr, strict_equal

LARGE = fact("large")


def brute_force(nums, k):
    """Count every distinct value with a full pass, sort by (-count, value), keep k. O(n * d)."""
    counted = [(-nums.count(v), v) for v in set(nums)]
    return [v for _, v in sorted(counted)[:k]]


def by_counter(nums, k):
    """The same rule with a Counter and a heap, for large inputs. O(n + d log k)."""
    return [v for _, v in heapq.nsmallest(k, ((-c, v) for v, c in Counter(nums).items()))]


def explain(counts, got, want) -> str:
    """Why the first differing position holds what it should, in terms of counts and the tie rule."""
    if type(got) is not list or len(got) != len(want):
        return ""
    k = next((i for i, (g, w) in enumerate(zip(got, want)) if g != w), None)
    if k is None:
        return ""
    g, w = got[k], want[k]
    if type(g) is not int or g not in counts:
        return f". {short_repr(g, 30)} does not occur in nums"
    if g in got[:k]:
        return f". {g} is listed twice"
    cg, cw = counts[g], counts[w]
    if cg < cw:
        return f". {w} occurs {times(cw)} and {g} only {times(cg)}, so {w} comes first"
    if cg == cw:
        return f". {w} and {g} both occur {times(cg)}: on a tie the smaller value comes first"
    return f". {g} occurs {times(cg)} but {w} ({times(cw)}) is expected there"


def times(count: int) -> str:
    return {1: "once", 2: "twice"}.get(count, f"{count:,} times")


def check_answer(nums, k, got, want=None):
    if want is None:
        want = brute_force(nums, k)
    if strict_equal(got, want):
        return
    call = call_text("top_k_frequent", nums, k)
    check(type(got) is list, lambda: f"{call} returned {short_repr(got)} (a {type(got).__name__}); expected a list: "
                                     f"{short_repr(want)}")
    bad = next((x for x in got if type(x) is not int), None)
    check(bad is None, lambda: f"{call} returned {short_repr(got)}, which holds {short_repr(bad, 30)} (a "
                               f"{type(bad).__name__}); expected a list of ints: {short_repr(want)}")
    check(len(got) == k, lambda: f"{call} returned {len(got)} values; expected k = {k}: {short_repr(want)}")
    counts = Counter(nums)
    check(False, lambda: f"{call} {describe_mismatch(got, want)}{explain(counts, got, want)}")


def run_probe(worker, call, fn, *args):
    """worker.probe(fn, *args), with a timeout or exception reported against `call`, not fn's name."""
    try:
        return worker.probe(fn, *args)
    except SubmissionFailure as exc:
        check(False, str(exc).replace(f"{fn.__name__}(...)", call, 1))


def random_k(rng, nums):
    return rng.randint(1, len(set(nums)))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(6))
def test_random_small(solution, rng, batch):
    """Short random lists over a few values (many ties), any valid k, against the brute force."""
    for _ in range(40):
        n = rng.randint(1, 25)
        nums = [rng.randint(-6, 6) for _ in range(n)]
        k = random_k(rng, nums)
        check_answer(nums, k, solution.top_k_frequent(list(nums), k))


@pytest.mark.parametrize("batch", range(3))
def test_random_spread_counts(solution, rng, batch):
    """Each value gets its own random count, values appear in random order."""
    for _ in range(15):
        values = rng.sample(range(-1000, 1000), rng.randint(2, 30))
        nums = [v for v in values for _ in range(rng.randint(1, 12))]
        rng.shuffle(nums)
        k = random_k(rng, nums)
        check_answer(nums, k, solution.top_k_frequent(list(nums), k))


def test_ties_against_first_appearance(solution):
    """Tied values appear in nums from largest to smallest: the answer still lists smaller first."""
    nums = [9, 9, 5, 5, 1, 1, 7, 7, 7, 3]
    check_answer(nums, 4, solution.top_k_frequent(list(nums), 4), [7, 1, 5, 9])


def test_most_frequent_appears_last(solution):
    """The most frequent value shows up only at the end of the list."""
    nums = [3, 1, 4, 1, 5, 9, 2, 6] + [8] * 5
    check_answer(nums, 3, solution.top_k_frequent(list(nums), 3), [8, 1, 2])


@pytest.mark.parametrize("k", [1, 10, 500])
def test_large_skewed(solution, rng, k):
    """20,000 numbers from a skewed distribution (a few values very common, many rare)."""
    nums = [min(int(rng.paretovariate(1.2) * 7), 10**9) * rng.choice([-1, 1]) for _ in range(20_000)]
    k = min(k, len(set(nums)))
    check_answer(nums, k, solution.top_k_frequent(list(nums), k), by_counter(nums, k))


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("nums,k", [([6], 1), ([-4], 1), ([0], 1)], ids=["positive", "negative", "zero"])
def test_single_element(solution, nums, k):
    """One number: it is the answer."""
    check_answer(nums, k, solution.top_k_frequent(list(nums), k))


@pytest.mark.edge
def test_one_value_repeated(solution):
    """Every number is the same value."""
    nums = [7] * 50
    check_answer(nums, 1, solution.top_k_frequent(list(nums), 1), [7])


@pytest.mark.edge
@pytest.mark.parametrize("nums,k", [
    ([2, 1, 2, 3, 3, 3], 3),
    ([5, 5, 4, 4, 6], 3),
    ([0, -1, 1, -1, 0, 1], 3),
], ids=["distinct-counts", "tie-then-last", "all-tie"])
def test_k_is_number_of_distinct(solution, nums, k):
    """k equals the number of distinct values: every value is returned, in the right order."""
    check_answer(nums, k, solution.top_k_frequent(list(nums), k))


@pytest.mark.edge
@pytest.mark.parametrize("k", [1, 3, 8])
def test_all_counts_equal(solution, rng, k):
    """Every value occurs once: the answer is the k smallest values, in increasing order."""
    nums = rng.sample(range(-50, 50), 8)
    check_answer(nums, k, solution.top_k_frequent(list(nums), k), sorted(nums)[:k])


@pytest.mark.edge
@pytest.mark.parametrize("nums,k,want", [
    ([3, 3, -3, -3, 1], 1, [-3]),
    ([2, 2, 1, 1, 0, 0, 5], 2, [0, 1]),
    ([10, 10, 10, 4, 4, 6, 6, 2, 2, 8, 8], 3, [10, 2, 4]),
], ids=["negative-wins", "cut-inside-tie", "tie-after-winner"])
def test_tie_decides_the_cut(solution, nums, k, want):
    """Several values tie for the last places: the smaller ones make the cut."""
    check_answer(nums, k, solution.top_k_frequent(list(nums), k), want)


@pytest.mark.edge
@pytest.mark.parametrize("nums,k", [
    ([-10**9, -10**9, 10**9, 0], 2),
    ([10**9, 10**9, -10**9, -10**9, 1], 2),
    ([-5, -5, -7, -7, -7, -1], 3),
], ids=["extremes", "extremes-tie", "all-negative"])
def test_negatives_and_extremes(solution, nums, k):
    """Negative values, zero and the ends of the allowed range."""
    check_answer(nums, k, solution.top_k_frequent(list(nums), k))


def _input_unchanged(module, nums, k):
    before = list(nums)
    module.top_k_frequent(nums, k)
    return nums == before


@pytest.mark.edge
def test_input_not_modified(worker):
    """top_k_frequent must not reorder or change the caller's list."""
    nums = [4, 1, 4, 2, 3, 2, 4, 1]
    call = call_text("top_k_frequent", nums, 2)
    check(run_probe(worker, call, _input_unchanged, nums, 2),
          f"{call} modified nums; the prompt says not to (count into a dict instead of sorting nums in place)")


# --- complexity --------------------------------------------------------------------------------


def many_distinct(n, distinct, seed):
    """n numbers over `distinct` random values in random order (each at least once, the
    repeats after them); made from `seed`."""
    import random

    r = random.Random(seed)
    values = r.sample(range(-10**9, 10**9), distinct)
    return values + [values[int(r.random() * distinct)] for _ in range(n - distinct)]


def _top_k_of_many_distinct(module, n, distinct, seed, k):
    """Make many_distinct(n, distinct, seed) here (cheaper than sending it) and call top_k_frequent."""
    import random

    r = random.Random(seed)
    values = r.sample(range(-10**9, 10**9), distinct)
    nums = values + [values[int(r.random() * distinct)] for _ in range(n - distinct)]
    return module.top_k_frequent(nums, k)


@pytest.mark.complexity
def test_many_distinct_values(worker, rng):
    """100,000 numbers, 50,000 distinct values, k = 1,000: O(n log n) takes a fraction of a second."""
    seed, k = rng.randrange(2**31), 1_000
    nums = many_distinct(LARGE, 50_000, seed)
    call = call_text("top_k_frequent", nums, k)
    got = run_probe(worker, call, _top_k_of_many_distinct, LARGE, 50_000, seed, k)
    check_answer(nums, k, got, by_counter(nums, k))


def worst_case(n, rng):
    """n numbers over about n / 2 distinct values (counts 1 to 3, many ties), k = all of them but
    one: every value is ranked, and an answer built by copying (result = result + [v]) copies
    the most."""
    values = rng.sample(range(-10**9, 10**9), max(n // 2, 1))
    nums = values + [rng.choice(values) for _ in range(n - len(values))]
    rng.shuffle(nums)
    return (nums, max(len(set(nums)) - 1, 1))


@pytest.mark.complexity
def test_time_grows_no_faster_than_n_log_n(complexity):
    """Operations counted (including hashing and comparisons inside dict, sorted and heapq) at 4 sizes."""
    # CPU guard at 2,000 and 64,000 numbers. Measured here: the reference 61-87x (more than the
    # 48x of n log n: at 64,000 numbers the dict of counts and the heap outgrow the caches); the
    # answer grown with result = result + [value] (a copy of the answer per value, hidden in C)
    # 659-712x, with the large call at about 0.9 s (at 1,500: 354-606x). With the old guard of
    # 500 and k = half the distinct values it read 71-112x and passed; keeping k at half, 3,000
    # read 297-461x for it but 77-148x for the reference, too close on both sides.
    complexity.time("top_k_frequent", worst_case, sizes=(250, 500, 1000, 2000), guard_size=2_000)


@pytest.mark.complexity
def test_extra_space_is_at_most_linear(complexity):
    """Peak extra memory while top_k_frequent runs, at 4 sizes."""
    complexity.space("top_k_frequent", worst_case, sizes=(256, 512, 1024, 2048))
