"""Hidden tests for course_schedule: any valid order is accepted, so answers are judged by a
checker (a permutation of the courses that puts every prerequisite first), and impossibility
against an oracle: brute force over all orders for tiny inputs, Kahn's algorithm otherwise.
"""

from collections import deque
from itertools import pairwise, permutations

import pytest

from harness.authoring import SubmissionFailure, call_text, check, fact, short_repr

LARGE_COURSES = fact("large_courses")
LARGE_PAIRS = fact("large_pairs")
CHAIN = fact("chain")


def brute_force_possible(n, pairs):
    """Try every order of the courses; for n <= 7 only."""
    return any(all(order.index(b) < order.index(a) for a, b in pairs) for order in permutations(range(n)))


def kahn(n, pairs):
    """(order, leftover): a valid order of the courses it could place, and those on or behind a cycle."""
    needs = [0] * n
    unlocks = [[] for _ in range(n)]
    for a, b in pairs:
        needs[a] += 1
        unlocks[b].append(a)
    ready = deque(c for c in range(n) if needs[c] == 0)
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for d in unlocks[c]:
            needs[d] -= 1
            if needs[d] == 0:
                ready.append(d)
    placed = set(order)
    return order, [c for c in range(n) if c not in placed]


def a_cycle(n, pairs, leftover):
    """A cycle among the courses Kahn could not place: each of them still waits for another one."""
    left = set(leftover)
    waits_for = {}
    for a, b in pairs:
        if a in left and b in left:
            waits_for.setdefault(a, b)
    path, seen = [], {}
    c = leftover[0]
    while c not in seen:
        seen[c] = len(path)
        path.append(c)
        c = waits_for[c]
    return path[seen[c]:]


def cycle_text(cycle) -> str:
    if len(cycle) == 1:
        return f"course {cycle[0]} is its own prerequisite"
    steps = [f"{c} needs {cycle[(i + 1) % len(cycle)]}" for i, c in enumerate(cycle)]
    if len(steps) > 8:
        steps = steps[:5] + ["..."] + steps[-1:]
    return f"the prerequisites form a cycle of {len(cycle):,} courses ({', '.join(steps)})"


def input_text(n, pairs) -> str:
    """find_order(n, pairs) as text, built from a few pairs only when the list is long."""
    if len(pairs) <= 12:
        return call_text("find_order", n, pairs)
    shown = ", ".join(repr(p) for p in pairs[:6]) + ", ..., " + ", ".join(repr(p) for p in pairs[-2:])
    return f"find_order({n}, [{shown}] ({len(pairs):,} pairs))"


def check_answer(n, pairs, got, possible=None):
    """Judge got: [] exactly when no order exists, otherwise a permutation respecting every pair."""
    if possible is None:
        possible = brute_force_possible(n, pairs) if n <= 6 else not kahn(n, pairs)[1]
    if not possible:
        if type(got) is not list or got != []:
            leftover = kahn(n, pairs)[1]
            check(False, lambda: f"{input_text(n, pairs)} returned {short_repr(got)}; expected [] because "
                                 f"{cycle_text(a_cycle(n, pairs, leftover))}, so no order can take every course")
        return
    # Fast path for long answers; the slow path below finds and explains the first problem.
    if (type(got) is list and len(got) == n and all(type(c) is int for c in got)
            and set(got) == set(range(n))):
        position = {c: i for i, c in enumerate(got)}
        if all(position[b] < position[a] for a, b in pairs):
            return
    call = input_text(n, pairs)
    check(type(got) is list, lambda: f"{call} returned {short_repr(got)} (a {type(got).__name__}); "
                                     f"expected a list of courses, such as {short_repr(kahn(n, pairs)[0])}")
    check(got != [], lambda: f"{call} returned [], but an order exists, for example {short_repr(kahn(n, pairs)[0])}")
    bad = next((c for c in got if type(c) is not int), None)
    check(bad is None, lambda: f"{call} returned {short_repr(got)}, which holds {short_repr(bad, 30)} (a "
                               f"{type(bad).__name__}); expected course numbers (ints)")
    position = {}
    for i, c in enumerate(got):
        if not 0 <= c < n:
            check(False, f"{call} returned {short_repr(got)}, which holds {c}: courses are 0 to {n - 1}")
        if c in position:
            check(False, f"{call} returned {short_repr(got)}, which lists course {c} twice (at positions "
                         f"{position[c]:,} and {i:,})")
        position[c] = i
    missing = next((c for c in range(n) if c not in position), None)
    check(missing is None, lambda: f"{call} returned {short_repr(got)} ({len(got):,} courses), which leaves "
                                   f"out course {missing}; expected all {n:,} courses")
    a, b = next((a, b) for a, b in pairs if position[b] > position[a])
    check(False, f"{call} returned {short_repr(got)}, which takes course {a} (position {position[a]:,}) "
                 f"before its prerequisite {b} (position {position[b]:,}); the pair [{a}, {b}] means {b} "
                 "comes first")


def run_probe(worker, call, fn, *args):
    """worker.probe(fn, *args), with a timeout or exception reported against `call`, not fn's name."""
    try:
        return worker.probe(fn, *args)
    except SubmissionFailure as exc:
        check(False, str(exc).replace(f"{fn.__name__}(...)", call, 1))


def random_dag(rng, n, m):
    """m random pairs between n courses, all consistent with one hidden random order."""
    rank = list(range(n))
    rng.shuffle(rank)
    pairs = []
    for _ in range(m):
        i, j = sorted(rng.sample(range(n), 2))
        pairs.append([rank[j], rank[i]])  # rank[i] comes earlier in the hidden order
    return pairs


def solve(solution, n, pairs):
    return solution.find_order(n, [list(p) for p in pairs])


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(6))
def test_random_small(solution, rng, batch):
    """Tiny random inputs, possible or not, against a brute force over every order."""
    for _ in range(40):
        n = rng.randint(2, 6)
        pairs = [[rng.randrange(n), rng.randrange(n)] for _ in range(rng.randint(1, 7))]
        pairs = [p for p in pairs if p[0] != p[1]] or [[1, 0]]  # self-prerequisites are an edge case
        check_answer(n, pairs, solve(solution, n, pairs))


@pytest.mark.parametrize("n,m", [(50, 120), (600, 2_000)])
def test_random_acyclic(solution, rng, n, m):
    """Random prerequisites that are consistent with some order: every course must be placed."""
    pairs = random_dag(rng, n, m)
    check_answer(n, pairs, solve(solution, n, pairs), True)


@pytest.mark.parametrize("length", [2, 3, 7, 40])
def test_hidden_cycle(solution, rng, length):
    """A valid-looking set of prerequisites plus one loop of `length` courses: no order exists."""
    n = 80
    pairs = random_dag(rng, n, 150)
    loop = rng.sample(range(n), length)
    pairs += [[loop[i], loop[(i + 1) % length]] for i in range(length)]
    rng.shuffle(pairs)
    check_answer(n, pairs, solve(solution, n, pairs), False)


def test_cycle_behind_valid_courses(solution):
    """Courses 0-4 are fine; 5 -> 6 -> 7 -> 5 loop, and 8 needs the loop: no order exists."""
    pairs = [[1, 0], [2, 1], [3, 1], [4, 3], [6, 5], [7, 6], [5, 7], [8, 7], [5, 4]]
    check_answer(9, pairs, solve(solution, 9, pairs), False)


def test_diamond_layers(solution):
    """Layers of courses where each needs every course of the layer before."""
    layers = [[0], [1, 2, 3], [4, 5], [6, 7, 8, 9], [10]]
    pairs = [[a, b] for before, after in pairwise(layers) for a in after for b in before]
    check_answer(11, pairs, solve(solution, 11, pairs), True)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("n", [1, 2, 7])
def test_no_prerequisites(solution, n):
    """No pairs at all: any order of all the courses is valid."""
    check_answer(n, [], solve(solution, n, []), True)


@pytest.mark.edge
@pytest.mark.parametrize("n,pairs", [(1, [[0, 0]]), (3, [[1, 0], [2, 2]]), (4, [[3, 3], [1, 0], [2, 1]])],
                         ids=["only-course", "one-of-three", "first-pair"])
def test_self_prerequisite(solution, n, pairs):
    """A course that lists itself can never be taken: no order exists."""
    check_answer(n, pairs, solve(solution, n, pairs), False)


@pytest.mark.edge
@pytest.mark.parametrize("n,pairs", [(2, [[0, 1], [1, 0]]), (3, [[0, 1], [1, 2], [2, 0]]),
                                     (4, [[1, 0], [2, 1], [3, 2], [1, 3]])],
                         ids=["two", "three", "after-a-start"])
def test_small_cycles(solution, n, pairs):
    """Two or more courses that need each other around a loop."""
    check_answer(n, pairs, solve(solution, n, pairs), False)


@pytest.mark.edge
@pytest.mark.parametrize("n,pairs", [(2, [[1, 0], [1, 0]]), (3, [[2, 1], [1, 0], [2, 1], [1, 0], [2, 1]]),
                                     (3, [[2, 0], [2, 0], [2, 1]])],
                         ids=["twice", "chain-repeated", "repeat-plus-other"])
def test_duplicate_pairs(solution, n, pairs):
    """A pair listed more than once means the same as listing it once."""
    check_answer(n, pairs, solve(solution, n, pairs), True)


@pytest.mark.edge
def test_disconnected_groups(solution):
    """Three separate chains and two courses that appear in no pair."""
    pairs = [[1, 0], [2, 1], [5, 4], [4, 3], [9, 8], [7, 9]]
    check_answer(10, pairs, solve(solution, 10, pairs), True)


@pytest.mark.edge
def test_course_without_pairs_in_the_middle(solution):
    """Course 2 is in no pair, between courses that are; it still belongs in the order."""
    pairs = [[1, 0], [3, 1], [4, 3]]
    check_answer(5, pairs, solve(solution, 5, pairs), True)


@pytest.mark.edge
@pytest.mark.parametrize("direction", ["each-needs-next", "each-needs-previous"])
def test_long_chain(solution, direction):
    """10,000 courses in one chain: a recursive DFS would pass Python's recursion limit."""
    if direction == "each-needs-next":
        pairs = [[i, i + 1] for i in range(CHAIN - 1)]
    else:
        pairs = [[i + 1, i] for i in range(CHAIN - 1)]
    check_answer(CHAIN, pairs, solve(solution, CHAIN, pairs), True)


@pytest.mark.edge
def test_long_cycle(solution):
    """A chain of 10,000 courses whose last course is a prerequisite of the first: no order exists."""
    pairs = [[i, i + 1] for i in range(CHAIN - 1)] + [[CHAIN - 1, 0]]
    check_answer(CHAIN, pairs, solve(solution, CHAIN, pairs), False)


# --- complexity --------------------------------------------------------------------------------


def large_pairs(n, m, seed):
    """A chain through all n courses (each needs the next) plus random pairs that agree with it."""
    import random

    r = random.Random(seed)
    pairs = [[i, i + 1] for i in range(n - 1)]
    for _ in range(m - (n - 1)):
        i = int(r.random() * (n - 1))
        pairs.append([i, i + 1 + int(r.random() * (n - 1 - i))])
    return pairs


def _order_of_large(module, n, m, seed):
    """Make large_pairs(n, m, seed) here (cheaper than sending it) and call find_order."""
    import random

    r = random.Random(seed)
    pairs = [[i, i + 1] for i in range(n - 1)]
    for _ in range(m - (n - 1)):
        i = int(r.random() * (n - 1))
        pairs.append([i, i + 1 + int(r.random() * (n - 1 - i))])
    return module.find_order(n, pairs)


@pytest.mark.complexity
def test_many_courses(worker, rng):
    """20,000 courses and 60,000 prerequisites: O(V + E) takes a fraction of a second."""
    seed = rng.randrange(2**31)
    pairs = large_pairs(LARGE_COURSES, LARGE_PAIRS, seed)
    call = input_text(LARGE_COURSES, pairs)
    got = run_probe(worker, call, _order_of_large, LARGE_COURSES, LARGE_PAIRS, seed)
    check_answer(LARGE_COURSES, pairs, got, True)


def worst_case(n, rng):
    """Input size n = courses + pairs: n // 3 courses in one chain (each needs the next, so the
    course ready to take is always the last one a scan reaches), plus random pairs that agree
    with the chain, n in all, in random order."""
    courses = max(n // 3, 2)
    pairs = [[i, i + 1] for i in range(courses - 1)]
    while len(pairs) + courses < n:
        i = rng.randrange(courses - 1)
        pairs.append([i, rng.randrange(i + 1, courses)])
    rng.shuffle(pairs)
    return (courses, pairs)


@pytest.mark.complexity
def test_time_grows_linearly(complexity):
    """Operations counted at 4 input sizes (courses + pairs)."""
    complexity.time("find_order", worst_case, sizes=(600, 1200, 2400, 4800))


@pytest.mark.complexity
def test_extra_space_is_at_most_linear(complexity):
    """Peak extra memory while find_order runs, at 4 input sizes (courses + pairs)."""
    complexity.space("find_order", worst_case, sizes=(600, 1200, 2400, 4800))
