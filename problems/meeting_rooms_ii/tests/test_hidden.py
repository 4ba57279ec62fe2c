"""Hidden tests for meeting_rooms_ii: random meetings against a brute-force oracle, the edge
cases (touching, identical, nested meetings), 100,000 meetings, and counted time and space.

Correctness tests use meetings whose endpoints are all distinct, so no two meetings touch;
touching and shared endpoints are what the edge tests are for.
"""

import pytest

from harness.authoring import SubmissionFailure, call_text, check, fact, short_repr, strict_equal

LARGE = fact("large")


def busiest_moment(intervals):
    """Oracle for small coordinates: (most meetings in progress at once, a moment when that happens).

    Meetings are half-open [start, end), so at integer moment t the meetings in progress are
    those with start <= t < end; the count only changes at integer endpoints.
    """
    best, when = 0, None
    for t in sorted({start for start, _ in intervals}):
        active = sum(1 for start, end in intervals if start <= t < end)
        if active > best:
            best, when = active, t
    return best, when


def rooms_by_sweep(intervals):
    """Oracle for any size: sweep the endpoints in order, an end before a start at the same time.

    Each endpoint t is sorted as the int 2t (an end) or 2t + 1 (a start), which puts ends first.
    """
    events = sorted([2 * start + 1 for start, _ in intervals] + [2 * end for _, end in intervals])
    best = active = 0
    for event in events:
        if event & 1:
            active += 1
            best = max(best, active)
        else:
            active -= 1
    return best


def check_rooms(intervals, got, want=None) -> None:
    """Type first, then the count; a wrong count is explained with a moment of peak overlap."""
    call = call_text("min_meeting_rooms", intervals)
    when = None
    if want is None:
        want, when = busiest_moment(intervals)
    if strict_equal(got, want):
        return
    if type(got) is not int:
        check(False, f"{call} returned {short_repr(got, 40)} (a {type(got).__name__}); expected an int: {want}")
    why = ""
    if when is not None and got < want:
        active = [iv for iv in intervals if iv[0] <= when < iv[1]]
        shown = ", ".join(str(iv) for iv in active[:6]) + (", ..." if len(active) > 6 else "")
        why = f": at time {when} these {want} meetings are all in progress: {shown}"
    elif got > want:
        why = f": at most {want} {'meeting is' if want == 1 else 'meetings are'} in progress at any moment"
        starts = {iv[0] for iv in intervals}
        touching = next((iv for iv in intervals if iv[1] in starts), None)
        if touching is not None:
            why += (f". Meetings are half-open [start, end): {touching} ends at {touching[1]}, and a "
                    f"meeting starting at {touching[1]} can take over its room")
    check(False, f"{call} returned {got}; expected {want}{why}")


def rooms_and_check(solution, intervals, want=None) -> None:
    check_rooms(intervals, solution.min_meeting_rooms([list(iv) for iv in intervals]), want)


def separate_meetings(rng, n, low, high):
    """n meetings whose 2n endpoints are all different (none touch), in random order."""
    points = rng.sample(range(low, high), 2 * n)
    return [sorted(points[2 * k: 2 * k + 2]) for k in range(n)]


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(5))
def test_random_small(solution, rng, batch):
    """Random short lists of overlapping meetings (no shared endpoints), against the oracle."""
    for _ in range(40):
        rooms_and_check(solution, separate_meetings(rng, rng.randint(1, 10), 0, 40))


@pytest.mark.parametrize("n", [60, 400])
def test_random_many(solution, rng, n):
    """Many meetings of very different lengths over one day."""
    intervals = separate_meetings(rng, n, 0, 8 * n)
    rooms_and_check(solution, intervals)


def test_short_meetings_far_apart(solution, rng):
    """Short meetings scattered over a wide range: they rarely overlap."""
    starts = sorted(rng.sample(range(0, 10**9 - 100, 1000), 200))
    intervals = [[s, s + rng.randint(1, 999)] for s in starts]
    rng.shuffle(intervals)
    rooms_and_check(solution, intervals, rooms_by_sweep(intervals))


def test_one_meeting_spans_all(solution, rng):
    """One all-day meeting, listed last, overlaps everything else."""
    intervals = separate_meetings(rng, 30, 1, 500) + [[0, 1000]]
    rooms_and_check(solution, intervals)


def test_rooms_reused(solution):
    """Rooms free up and are taken again; the answer is the peak, not the number of meetings."""
    rooms_and_check(solution, [[0, 10], [1, 3], [2, 4], [5, 7], [6, 9], [11, 13], [12, 14]])


def test_order_matters_not(solution):
    """A late-starting long meeting listed first: a room assignment in input order goes wrong."""
    rooms_and_check(solution, [[20, 31], [0, 9], [10, 19], [1, 8], [11, 18], [21, 30]])


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
def test_empty(solution):
    """No meetings need no rooms."""
    rooms_and_check(solution, [], 0)


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [[[0, 1]], [[5, 10]], [[0, 10**9]]], ids=["short", "middle", "whole-range"])
def test_one_meeting(solution, intervals):
    """A single meeting needs one room."""
    rooms_and_check(solution, intervals, 1)


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [
    [[1, 5], [5, 10]],
    [[5, 10], [1, 5]],
    [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]],
    [[4, 5], [2, 3], [0, 1], [3, 4], [1, 2]],
], ids=["pair", "pair-reversed", "chain", "chain-shuffled"])
def test_back_to_back(solution, intervals):
    """A meeting ending at t and one starting at t share a room (half-open intervals)."""
    rooms_and_check(solution, intervals, 1)


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [
    [[0, 10], [10, 20], [5, 15]],
    [[0, 5], [5, 10], [0, 5], [5, 10]],
    [[1, 3], [3, 6], [2, 4], [4, 7]],
    [[0, 4], [4, 8], [8, 12], [2, 6], [6, 10]],
], ids=["bridge", "two-chains", "staggered", "offset-chains"])
def test_touching_and_overlapping(solution, intervals):
    """Touching meetings mixed with real overlaps."""
    rooms_and_check(solution, intervals)


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [
    [[1, 4], [1, 4]],
    [[3, 9]] * 5,
    [[0, 2], [0, 2], [2, 4], [2, 4]],
], ids=["twice", "five-times", "pairs-back-to-back"])
def test_identical_meetings(solution, intervals):
    """Identical meetings each need their own room."""
    rooms_and_check(solution, intervals)


@pytest.mark.edge
@pytest.mark.parametrize("intervals", [
    [[0, 100], [10, 20], [20, 30], [30, 40]],
    [[0, 100], [10, 90], [20, 80], [30, 70]],
    [[0, 10], [0, 5], [5, 10]],
    [[0, 10], [2, 10], [4, 10]],
], ids=["chain-inside", "russian-dolls", "split-inside", "same-end"])
def test_nested_meetings(solution, intervals):
    """Meetings inside other meetings, sharing starts or ends."""
    rooms_and_check(solution, intervals)


@pytest.mark.edge
@pytest.mark.parametrize("batch", range(3))
def test_random_shared_endpoints(solution, rng, batch):
    """Random meetings on a tiny range: many touch, repeat or share a start or an end."""
    for _ in range(40):
        intervals = []
        for _ in range(rng.randint(2, 9)):
            start = rng.randint(0, 8)
            intervals.append([start, start + rng.choice([1, 1, 2, 2, 3, 4])])
        rooms_and_check(solution, intervals)


def _input_after_call(module, intervals):
    """Call min_meeting_rooms on a list, then send back that same list as it is afterwards."""
    module.min_meeting_rooms(intervals)
    return intervals


@pytest.mark.edge
def test_input_not_modified(worker):
    """min_meeting_rooms must leave the caller's list, and every [start, end] in it, unchanged."""
    intervals = [[6, 8], [1, 3], [2, 7], [7, 9], [0, 4]]
    call = call_text("min_meeting_rooms", intervals)
    try:
        after = worker.probe(_input_after_call, [list(iv) for iv in intervals], label=call)
    except SubmissionFailure as exc:
        check(False, str(exc))
    check(after == intervals, lambda: f"{call} modified its input: afterwards the list passed in was "
                                      f"{short_repr(after)}. Sort a copy (sorted(...)) instead")


# --- complexity --------------------------------------------------------------------------------


def _rooms_generated(module, n, tracks, seed):
    """n meetings in `tracks` rows that need exactly `tracks` rooms, made from `seed`.

    Every track holds one meeting around the moment M = 4 * 10**8 and further meetings, apart
    from each other, to its left and right; the tracks are mixed and shuffled. A track never
    has two meetings in progress at once, and all tracks are in progress at M, so the answer
    is `tracks`. Starts are odd and ends even, so no two meetings touch. With module=None it
    returns the meetings; otherwise it sends back min_meeting_rooms' answer on them. Building
    them in the worker keeps the cost of crossing between processes out of the time limit,
    which is meant for min_meeting_rooms itself.
    """
    import random

    r = random.Random(seed)
    rnd = r.random
    middle = 4 * 10**8
    intervals = []
    for k in range(tracks):
        count = n // tracks + (1 if k < n % tracks else 0)
        start, end = middle - 2 * int(rnd() * 10**5) - 1, middle + 2 * int(rnd() * 10**5) + 2
        intervals.append([start, end])
        left, right = start, end
        for j in range(1, count):
            if j % 2:
                end = left - 2 * int(rnd() * 10**5) - 1
                left = end - 2 * int(rnd() * 10**6) - 1
                intervals.append([left, end])
            else:
                start = right + 2 * int(rnd() * 10**5) + 1
                right = start + 2 * int(rnd() * 10**6) + 1
                intervals.append([start, right])
    r.shuffle(intervals)
    if module is None:
        return {"intervals": intervals}
    return {"rooms": module.min_meeting_rooms(intervals)}


@pytest.mark.complexity
def test_many_meetings(worker, rng):
    """50,000 meetings in random order: O(n log n) takes a fraction of a second."""
    seed, tracks = rng.randrange(2**31), rng.randint(300, 700)
    label = f"min_meeting_rooms(<{LARGE:,} generated meetings that need {tracks} rooms>)"
    try:
        got = worker.probe(_rooms_generated, LARGE, tracks, seed, label=label)["rooms"]
    except SubmissionFailure as exc:
        check(False, str(exc))
    if not strict_equal(got, tracks):
        intervals = _rooms_generated(None, LARGE, tracks, seed)["intervals"]
        check_rooms(intervals, got, tracks)


def worst_case(n, rng):
    """n long meetings in random order, most of them overlapping: the rooms in use grow with n."""
    intervals = []
    for _ in range(n):
        start = rng.randrange(4 * n)
        intervals.append([start, start + rng.randint(1, 2 * n)])
    return (intervals,)


@pytest.mark.complexity
def test_time_grows_as_n_log_n(complexity):
    """Operations counted (comparisons inside sorted and heapq included) at 4 sizes."""
    complexity.time("min_meeting_rooms", worst_case, sizes=tuple(fact("time_sizes")))


@pytest.mark.complexity
def test_extra_space_is_at_most_linear(complexity):
    """Peak extra memory while min_meeting_rooms runs, at 4 sizes."""
    complexity.space("min_meeting_rooms", worst_case, sizes=(256, 512, 1024, 2048))
