"""Hidden tests for k_closest_points: random points against sorting by (distance, index), ties
at equal distances, duplicates, k = 1 and k = n, and counted time with k = n / 2 in four shapes,
plus the largest input with a small and a large k."""

import pytest

from harness.authoring import call_text, check, check_equal, fact, short_repr

MAX_LEN = fact("max_len")
SMALL_K = fact("small_k")


def closest_oracle(points, k):
    """Sort every index by (squared distance, index)."""
    order = sorted(range(len(points)), key=lambda i: (points[i][0] ** 2 + points[i][1] ** 2, i))
    return [list(points[i]) for i in order[:k]]


def closest_and_check(solution, points, k):
    check_equal(solution.k_closest([list(p) for p in points], k), closest_oracle(points, k),
                call=call_text("k_closest", points, k))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(3))
def test_random_points(solution, rng, batch):
    """Random points spread wide (few ties), any k, against sorting."""
    for _ in range(30):
        points = [[rng.randint(-10**4, 10**4), rng.randint(-10**4, 10**4)] for _ in range(rng.randint(1, 30))]
        closest_and_check(solution, points, rng.randint(1, len(points)))


def test_euclidean_not_manhattan(solution):
    """(3, 3) is closer than (0, 5) in straight-line distance, though farther by |x| + |y|."""
    closest_and_check(solution, [[0, 5], [3, 3], [4, -4], [-1, 6]], 2)


def test_many_points(solution, rng):
    """3,000 random points, k = 100."""
    points = [[rng.randint(-10**4, 10**4), rng.randint(-10**4, 10**4)] for _ in range(3000)]
    closest_and_check(solution, points, 100)


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize(("points", "k"), [
    ([[0, 5], [3, 4], [5, 0], [-3, -4], [4, 3]], 3),
    ([[5, 0], [0, -5], [3, 4]], 1),
    ([[1, 0], [0, 1], [-1, 0], [0, -1], [0, 0]], 3),
    ([[2, 1], [1, 2], [-2, -1], [-1, 2], [1, 1]], 4),
], ids=["five-at-5", "first-wins", "unit-circle", "mixed-ties"])
def test_ties_by_index(solution, points, k):
    """Points at the same distance: the smaller index is closer, for which ones are kept and their order."""
    closest_and_check(solution, points, k)


@pytest.mark.edge
@pytest.mark.parametrize("batch", range(2))
def test_random_many_ties(solution, rng, batch):
    """Random points from a small grid, so many share a distance, any k."""
    for _ in range(30):
        points = [[rng.randint(-2, 2), rng.randint(-2, 2)] for _ in range(rng.randint(1, 15))]
        closest_and_check(solution, points, rng.randint(1, len(points)))


@pytest.mark.edge
@pytest.mark.parametrize(("points", "k"), [([[1, 1], [1, 1], [0, 0]], 2), ([[2, 2]] * 5, 3), ([[0, 0]] * 3, 3)],
                         ids=["pair", "five-copies", "origin-copies"])
def test_duplicate_points(solution, points, k):
    """The same point several times: each copy is its own point."""
    closest_and_check(solution, points, k)


@pytest.mark.edge
@pytest.mark.parametrize("which", ["k-is-1", "k-is-n"])
def test_k_at_the_ends(solution, rng, which):
    """k = 1 and k = len(points) (every point, in order)."""
    points = [[rng.randint(-50, 50), rng.randint(-50, 50)] for _ in range(40)]
    closest_and_check(solution, points, 1 if which == "k-is-1" else len(points))


@pytest.mark.edge
def test_extremes(solution):
    """Coordinates at the ends of the range."""
    closest_and_check(solution, [[10**4, 10**4], [-10**4, 0], [0, 10**4], [-10**4, -10**4]], 2)


def _call_and_return_points(module, points, k):
    got = module.k_closest(points, k)
    return got, points


@pytest.mark.edge
def test_input_not_modified(worker):
    """points is not modified (not reordered, no point changed)."""
    points = [[3, 3], [5, -1], [-2, 4], [0, 1]]
    call = call_text("k_closest", points, 2)
    got, after = worker.probe(_call_and_return_points, [list(p) for p in points], 2, label=call)
    check_equal(got, closest_oracle(points, 2), call=call)
    check(after == points, f"{call} modified points: afterwards it was {short_repr(after)}")


# --- complexity --------------------------------------------------------------------------------


def random_points(n, rng):
    """n random points, k = n / 2 (each shape is self-contained: it also runs in the worker)."""
    return ([[rng.randint(-10**4, 10**4), rng.randint(-10**4, 10**4)] for _ in range(n)], max(n // 2, 1))


def farthest_first(n, rng):
    """n points on the x axis, from farthest to closest: every new point beats the kept ones."""
    xs = sorted(rng.sample(range(1, 10**4), min(n, 9999)) * (n // 9999 + 1), reverse=True)[:n]
    return ([[x, 0] for x in xs], max(n // 2, 1))


def closest_first(n, rng):
    """n points on the y axis, from closest to farthest: nothing after the first k gets in."""
    ys = sorted(rng.sample(range(1, 10**4), min(n, 9999)) * (n // 9999 + 1))[:n]
    return ([[0, y] for y in ys], max(n // 2, 1))


def equal_distance(n, rng):
    """n points all at distance 5 (the twelve integer points on that circle, in random order)."""
    circle = [[0, 5], [5, 0], [0, -5], [-5, 0], [3, 4], [4, 3], [-3, 4], [-4, 3], [3, -4], [4, -3], [-3, -4], [-4, -3]]
    return ([list(rng.choice(circle)) for _ in range(n)], max(n // 2, 1))


SHAPES = {"random": random_points, "farthest-first": farthest_first, "closest-first": closest_first,
          "equal-distance": equal_distance}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_time_grows_like_n_log_n(complexity, shape):
    """Operations counted with k = n / 2 at 4 sizes, in 4 shapes."""
    complexity.time("k_closest", SHAPES[shape], sizes=tuple(fact("time_sizes")),
                    guard_size=fact("cpu_check_size"), label=f"k_closest ({shape}, k = n / 2)")


@pytest.mark.complexity
@pytest.mark.parametrize("k", [SMALL_K, MAX_LEN // 2], ids=["small-k", "half"])
def test_most_points(solution, rng, k):
    """The most points allowed, random, with a small k and with k = n / 2, within the time limit."""
    # Measured on an idle core at 100,000 points: the reference 0.02 s with k = 10 and 0.17 s with
    # k = 50,000, heapq.nsmallest with a key 0.37 s. At 50,000 points nsmallest (with the transfer
    # of the points) ran past the 2 s limit under a load of 15, so the test uses 20,000; picking
    # the minimum k times still needs n * k / 2 = 10**8 steps there.
    (points, _) = random_points(MAX_LEN, rng)
    check_equal(solution.k_closest(points, k), closest_oracle(points, k),
                call=f"k_closest(<{MAX_LEN:,} random points>, {k:,})")
