"""Hidden tests for merge_intervals: random inputs against two oracles, the edge cases, and
counted time on disjoint and on all-merging intervals, and measured extra space.

Correctness tests use intervals whose endpoints are all distinct, so they never touch; touching
and shared endpoints are what the edge tests are for.
"""

import pytest

from harness.authoring import SubmissionFailure, call_text, check, check_equal, fact, short_repr

def union_by_points(intervals):
    """Oracle for small coordinates: mark every point on a half-step grid, read off the runs.

    Doubling the coordinates puts a grid point between any two integers, so [1, 2] and [3, 4]
    (a gap at 2.5) stay apart while [1, 2] and [2, 3] (sharing 2) join.
    """
    covered = set()
    for start, end in intervals:
        covered.update(range(2 * start, 2 * end + 1))
    runs = []
    for p in sorted(covered):
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return [[a // 2, b // 2] for a, b in runs]


def union_by_sweep(intervals):
    """Oracle for any coordinates: sort by start, extend or open a run."""
    runs = []
    for start, end in sorted(intervals):
        if runs and start <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    return runs


def check_merge(intervals, got, want) -> None:
    """Shape first (a list of [start, end] int lists), then the exact expected answer."""
    call = call_text("merge", intervals)
    check(type(got) is list, f"{call} returned {short_repr(got)} (a {type(got).__name__}); expected a list")
    bad = next((k for k, item in enumerate(got)
                if not (type(item) is list and len(item) == 2 and all(type(x) is int for x in item))), None)
    if bad is not None:
        check(False, f"{call} returned {short_repr(got)}; element {bad} is {short_repr(got[bad], 40)} (a "
                     f"{type(got[bad]).__name__}), but every element must be a [start, end] list of two ints")
    check_equal(got, want, call=call)


def merge_and_check(solution, intervals, want=None) -> None:
    if want is None:
        want = union_by_points(intervals)
    check_merge(intervals, solution.merge([list(iv) for iv in intervals]), want)


def separate_intervals(rng, n, low, high):
    """n intervals whose 2n endpoints are all different (none touch), in random order."""
    points = rng.sample(range(low, high), 2 * n)
    return [sorted(points[2 * k: 2 * k + 2]) for k in range(n)]


def disjoint_intervals(rng, n, low, high):
    """n intervals, no two sharing a point, in random order; every endpoint is even."""
    points = sorted(2 * p for p in rng.sample(range(low // 2, high // 2), 2 * n))
    intervals = [points[2 * k: 2 * k + 2] for k in range(n)]
    rng.shuffle(intervals)
    return intervals


@pytest.mark.parametrize("batch", range(6))
def test_random_small(solution, rng, batch):
    """Short random lists of overlapping and nested intervals (no shared endpoints)."""
    for _ in range(40):
        n = rng.randint(1, 12)
        merge_and_check(solution, separate_intervals(rng, n, -30, 30))


@pytest.mark.parametrize("n", [200, 3_000])
def test_random_wide(solution, rng, n):
    """Many intervals over a wide range; some are stretched to swallow up to ten neighbours."""
    intervals = disjoint_intervals(rng, n, -10**9, 10**9 - 10**8)
    gap = 2 * 10**9 // (2 * n)
    for interval in rng.sample(intervals, n // 10):
        interval[1] += 2 * rng.randrange(gap * 10) + 1  # odd, so it never lands on a start
    merge_and_check(solution, intervals, union_by_sweep(intervals))


def test_reverse_order(solution):
    """Input sorted by start from last to first; the output must still be sorted by start."""
    intervals = [[10 * k, 10 * k + 4] for k in range(20, 0, -1)] + [[3, 17], [41, 43]]
    merge_and_check(solution, intervals)


def test_one_interval_covers_all(solution, rng):
    """One wide interval, listed last, swallows all the others."""
    intervals = separate_intervals(rng, 40, 0, 1000) + [[-1, 1001]]
    merge_and_check(solution, intervals, [[-1, 1001]])


def test_long_chain(solution, rng):
    """Each interval overlaps the next; in random order they still collapse into one."""
    intervals = [[3 * k, 3 * k + 4] for k in range(300)]
    rng.shuffle(intervals)
    merge_and_check(solution, intervals, [[0, 901]])


@pytest.mark.edge
def test_empty(solution):
    """No intervals: the answer is []."""
    merge_and_check(solution, [], [])


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [[[4, 9]], [[5, 5]], [[-7, -2]]], ids=["one", "point", "negative"])
def test_single_interval(solution, intervals):
    """A single interval comes back unchanged (as a list)."""
    merge_and_check(solution, intervals)


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [
    [[1, 2], [2, 3]],
    [[1, 2], [2, 3], [3, 4], [4, 5]],
    [[-5, 0], [0, 5]],
    [[1, 4], [4, 4]],
    [[4, 4], [4, 9]],
    [[0, 3], [3, 3], [3, 6]],
], ids=["pair", "chain", "at-zero", "point-at-end", "point-at-start", "point-between"])
def test_touching_intervals_merge(solution, intervals):
    """Intervals that share only an endpoint merge into one."""
    merge_and_check(solution, intervals)


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [
    [[1, 2], [3, 4]],
    [[4, 4], [5, 5]],
    [[-3, -2], [-1, 0], [1, 2]],
], ids=["gap-of-one", "adjacent-points", "negative"])
def test_neighbours_stay_apart(solution, intervals):
    """Intervals with no common point stay separate, even when consecutive integers."""
    merge_and_check(solution, intervals)


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [
    [[2, 9], [3, 4]],
    [[1, 10], [2, 3], [4, 5], [6, 7]],
    [[1, 5], [2, 3], [6, 8]],
    [[1, 10], [1, 3]],
    [[1, 10], [8, 10]],
], ids=["one-inside", "several-inside", "inside-then-apart", "same-start", "same-end"])
def test_nested_intervals(solution, intervals):
    """An interval inside another is absorbed; a shorter later interval must not cut the end."""
    merge_and_check(solution, intervals)


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [
    [[3, 6], [3, 6]],
    [[5, 5], [5, 5], [5, 5]],
    [[1, 2], [1, 2], [7, 8], [7, 8]],
], ids=["twice", "same-point", "two-pairs"])
def test_duplicates(solution, intervals):
    """Identical intervals merge into one copy."""
    merge_and_check(solution, intervals)


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [
    [[-10**9, 10**9]],
    [[-10**9, -10**9], [10**9, 10**9]],
    [[-10**9, 0], [0, 10**9]],
], ids=["full-range", "extreme-points", "halves"])
def test_extremes(solution, intervals):
    """The ends of the allowed range."""
    merge_and_check(solution, intervals, union_by_sweep(intervals))


@pytest.mark.edge
@pytest.mark.parametrize("batch", range(3))
def test_random_shared_endpoints(solution, rng, batch):
    """Random short lists on a small range: many touching, nested, single-point and equal intervals."""
    for _ in range(40):
        intervals = []
        for _ in range(rng.randint(2, 10)):
            start = rng.randint(0, 12)
            intervals.append([start, start + rng.choice([0, 0, 1, 1, 2, 3, 5])])
        merge_and_check(solution, intervals)


def run_probe(worker, call, fn, *args):
    """worker.probe(fn, *args), with a timeout or exception reported against `call`, not fn's name."""
    try:
        return worker.probe(fn, *args)
    except SubmissionFailure as exc:
        check(False, str(exc).replace(f"{fn.__name__}(...)", call, 1))


def _input_after_merge(module, intervals):
    """Call merge on a list, then send back that same list as it is afterwards."""
    module.merge(intervals)
    return intervals


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [
    [[6, 8], [1, 3], [2, 4], [7, 7]],
    [[5, 9], [1, 6]],
], ids=["unsorted-overlapping", "needs-extending"])
def test_input_not_modified(worker, intervals):
    """merge must leave the caller's list, and every [start, end] in it, unchanged."""
    call = call_text("merge", intervals)
    after = run_probe(worker, call, _input_after_merge, [list(iv) for iv in intervals])
    check(after == intervals, f"{call} modified its input: afterwards the list passed in was "
                              f"{short_repr(after)}. Sort a copy (sorted(...)) and build new "
                              "[start, end] lists instead of editing the input's")


def disjoint_shuffled(n, rng):
    """n intervals in separate slots of width 10 (none overlap or touch), in random order: nothing
    merges, so the sort sees a random order and the merged list grows to n intervals."""
    intervals = [[10 * k, 10 * k + rng.randrange(9)] for k in range(n)]
    rng.shuffle(intervals)
    return (intervals,)


def chain_shuffled(n, rng):
    """n intervals, each overlapping or touching the next one by start, in random order: everything
    merges into one interval."""
    intervals = [[k, k + rng.randint(1, 3)] for k in range(n)]
    rng.shuffle(intervals)
    return (intervals,)


SHAPES = {"nothing-merges": disjoint_shuffled, "everything-merges": chain_shuffled}


def _merge_chain(module, n, seed):
    """Build a shuffled chain of n intervals here (cheaper than sending it) and merge it."""
    import random

    rng = random.Random(seed)
    intervals = [[k, k + 1 + rng.getrandbits(2) % 3] for k in range(n)]
    rng.shuffle(intervals)
    return module.merge(intervals), max(end for _, end in intervals)


@pytest.mark.complexity
def test_large_chain(worker, rng):
    """Many intervals, all merging into one, within the time limit."""
    # Measured on 2 busy cores: the reference 0.3-0.8 s for the whole probe (building and
    # shuffling the chain included); rebuilding the list with slices at each merge about 6 s,
    # and recomputing the group's end over the group far longer.
    n = fact("chain_len")
    call = f"merge(<{n:,} intervals that all merge into one, in random order>)"
    got, top = run_probe(worker, call, _merge_chain, n, rng.randrange(2**32))
    check(got == [[0, top]], lambda: f"{call} returned {short_repr(got)}; expected [[0, {top}]]")


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_time_grows_as_n_log_n(complexity, shape):
    """Operations counted on 200 to 1,600 intervals, when nothing merges or everything merges.

    Comparisons inside sorted are counted too."""
    # CPU guard at 1,000 and 32,000 intervals. At 500 and 16,000 (measured on 2 busy cores: the
    # reference 28-63x, the answer grown with merged = merged + [[start, end]], a copy of the
    # answer per interval hidden in C, 393-621x) an idle machine read the copy at 184x, under the
    # 222x bar, and `drill ci` passed it. At 1,000, over 20 idle seeds (benchmarks/
    # bench_margins.py), it reads 332x with 0.74-0.84 s in the fitted n^2 term, and the
    # reference stays at least 1.8x inside every threshold (2.35x under load). Taking
    # the sorted intervals with pop(0) passes (90-123x): pop(0) shifts a pointer in about 0.2 ns
    # against about 0.6 us of Python and sorting per interval, so it shows only from about 3,000
    # (374-424x), where the reference itself reads 74-99x (the sort of 96,000 lists outgrows the
    # caches) and its test takes 2 s.
    # On the chain (everything merges), rebuilding the sorted list with slices at each merge
    # (copying hidden in C) reads 452-529x at the guard, the reference 80-109x; test_large_chain
    # catches it too. Deleting the absorbed interval with `del` / pop(i + 1) is not declared: its
    # memmove costs about 0.03 ns per pointer, and even at 3,125 and 100,000 intervals (the
    # largest input allowed) it read 240-386x, too close to the ~222x threshold to tell apart.
    complexity.time("merge", SHAPES[shape], sizes=tuple(fact("time_sizes")), guard_size=fact("cpu_check_size"),
                    label=f"merge ({shape})")


@pytest.mark.complexity
def test_extra_space_is_at_most_linear(complexity):
    """Peak extra memory while merge runs on 1,000 to 8,000 disjoint intervals (the answer excluded)."""
    complexity.space("merge", disjoint_shuffled, sizes=tuple(fact("space_sizes")))
