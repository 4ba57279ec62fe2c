"""Hidden tests for markov_hitting_time: generated chains with rational entries against an exact
oracle (infinity decided by exact hitting probabilities), gambler's ruin and reflecting walks
against their closed forms, a 200-state cycle, and the edge cases: starting on a target,
unreachable targets, chains that may be absorbed elsewhere, and target rows that lead nowhere."""

from fractions import Fraction

import numpy as np
import pytest
from support import to_array, walk

from harness.authoring import check, check_close


# Exact hitting times by rational Gaussian elimination (here, not in support.py: drill start
# copies that into the workspace, and this is an exact solution).
def solve(A, b):
    """Exact Gauss-Jordan elimination; A is square and nonsingular."""
    n = len(A)
    A = [list(row) + [rhs] for row, rhs in zip(A, b)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if A[r][col] != 0)
        A[col], A[pivot] = A[pivot], A[col]
        inv = 1 / A[col][col]
        A[col] = [x * inv for x in A[col]]
        for r in range(n):
            if r != col and A[r][col] != 0:
                f = A[r][col]
                A[r] = [x - f * y for x, y in zip(A[r], A[col])]
    return [A[r][n] for r in range(n)]


def exact_hitting_times(P, targets):
    """Expected hitting times as floats (inf where the hitting probability is below 1)."""
    d = len(P)
    targets = set(targets)
    reach = set(targets)
    changed = True
    while changed:
        changed = False
        for i in range(d):
            if i not in reach and any(P[i][j] != 0 for j in reach):
                reach.add(i)
                changed = True
    unknown = sorted(reach - targets)
    prob = {i: Fraction(1) for i in targets}
    if unknown:
        A = [[int(i == j) - P[i][j] for j in unknown] for i in unknown]
        b = [sum(P[i][j] for j in targets) for i in unknown]
        prob.update(zip(unknown, solve(A, b)))
    sure = [i for i in unknown if prob[i] == 1]
    h = [float("inf")] * d
    for i in targets:
        h[i] = 0.0
    if sure:
        A = [[int(i == j) - P[i][j] for j in sure] for i in sure]
        for i, value in zip(sure, solve(A, [Fraction(1)] * len(sure))):
            h[i] = float(value)
    return np.array(h)

INF = np.inf


def random_chain(np_rng, d, irreducible):
    """Rational transition matrix from sparse integer weights; with irreducible, a cycle through all
    states guarantees every target is reached with probability 1."""
    W = np_rng.integers(1, 10, size=(d, d)) * (np_rng.random((d, d)) < 0.3)
    if irreducible:
        order = np_rng.permutation(d)
        for i in range(d):
            W[order[i], order[(i + 1) % d]] += 1
    for i in range(d):
        if W[i].sum() == 0:
            W[i, i] = 1
    return [[Fraction(int(w), int(row.sum())) for w in row] for row in W]


def check_chain(solution, P, targets, tol, label):
    got = solution.hitting_times(to_array(P), list(targets))
    check_close(got, exact_hitting_times(P, targets), call=f"hitting_times({label}, {list(targets)})", **tol)


@pytest.mark.parametrize("d", [5, 9, 14])
def test_random_irreducible(solution, np_rng, tol, d):
    """Random sparse chains where every state reaches every other: all times finite."""
    P = random_chain(np_rng, d, irreducible=True)
    k = int(np_rng.integers(1, 3))
    targets = [int(t) for t in np_rng.choice(d, size=k, replace=False)]
    check_chain(solution, P, targets, tol, f"<random irreducible {d}-state chain>")


@pytest.mark.parametrize("batch", range(3))
def test_random_with_traps(solution, np_rng, tol, batch):
    """Random sparse chains with closed classes that hold no target: a mix of finite times and inf."""
    for _ in range(4):
        P = random_chain(np_rng, 10, irreducible=False)
        targets = [int(t) for t in np_rng.choice(10, size=2, replace=False)]
        check_chain(solution, P, targets, tol, "<random 10-state chain>")


def ruin_duration(N, p, i):
    """Expected duration of gambler's ruin from i, absorbing at 0 and N (exact)."""
    p = Fraction(p)
    q = 1 - p
    if p == q:
        return Fraction(i * (N - i))
    r = q / p
    return i / (q - p) - Fraction(N) / (q - p) * (1 - r ** i) / (1 - r ** N)


RUIN = [(10, Fraction(1, 2)), (25, Fraction(9, 20)), (40, Fraction(3, 5)), (100, Fraction(1, 2))]


@pytest.mark.parametrize("N,p", RUIN, ids=["N10-fair", "N25-p0.45", "N40-p0.6", "N100-fair"])
def test_gamblers_ruin(solution, tol, N, p):
    """Time until the gambler is ruined or reaches N, against the classical formula."""
    want = np.array([float(ruin_duration(N, p, i)) for i in range(N + 1)])
    got = solution.hitting_times(to_array(walk(N, p)), [0, N])
    check_close(got, want, call=f"hitting_times(walk({N}, {float(p)}), [0, {N}])", **tol)


def test_reflecting_walk(solution, tol):
    """A fair walk reflected at 0 reaches N after N^2 - i^2 steps on average."""
    N = 30
    got = solution.hitting_times(to_array(walk(N, Fraction(1, 2), reflect=True)), [N])
    check_close(got, np.array([float(N * N - i * i) for i in range(N + 1)]),
                call=f"hitting_times(walk({N}, 0.5, reflect=True), [{N}])", **tol)


def test_lazy_cycle_200(solution, tol):
    """A lazy walk on a 200-cycle (stay 0.2, each neighbour 0.4) to state 0: h[i] = i (200 - i) / 0.8."""
    n = 200
    P = np.zeros((n, n))
    for i in range(n):
        P[i, i], P[i, (i + 1) % n], P[i, (i - 1) % n] = 0.2, 0.4, 0.4
    want = np.array([i * (n - i) / 0.8 for i in range(n)])
    check_close(solution.hitting_times(P, [0]), want, call="hitting_times(<lazy walk on a 200-cycle>, [0])", **tol)


def test_geometric_wait(solution, tol):
    """Stay with probability s, else hit the target: expected 1 / (1 - s) steps."""
    for s in (Fraction(1, 2), Fraction(99, 100), Fraction(999, 1000)):
        P = [[s, 1 - s], [Fraction(0), Fraction(1)]]
        check_close(solution.hitting_times(to_array(P), [1]), np.array([float(1 / (1 - s)), 0.0]),
                    call=f"hitting_times([[{float(s)}, {float(1 - s)}], [0, 1]], [1])", **tol)


@pytest.mark.edge
def test_every_state_a_target(solution, tol):
    """Starting on a target takes 0 steps, so all zeros when every state is a target; also d = 1."""
    check_close(solution.hitting_times(to_array(walk(3, Fraction(1, 3))), [0, 1, 2, 3]), np.zeros(4),
                call="hitting_times(walk(3, 1/3), [0, 1, 2, 3])", **tol)
    check_close(solution.hitting_times(np.array([[1.0]]), [0]), np.zeros(1), call="hitting_times([[1.0]], [0])",
                **tol)


@pytest.mark.edge
def test_one_step_away(solution, tol):
    """Every move from state 0 lands on a target: exactly 1 step (the start is not a step)."""
    P = np.array([[0.0, 0.5, 0.5], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    check_close(solution.hitting_times(P, [1, 2]), np.array([1.0, 0.0, 0.0]),
                call="hitting_times([[0, .5, .5], [0, 1, 0], [0, 0, 1]], [1, 2])", **tol)


@pytest.mark.edge
def test_unreachable_target(solution, tol):
    """Two separate components: the other component can never reach the target (inf)."""
    P = [[Fraction(1, 2), Fraction(1, 2), 0, 0, 0], [Fraction(1, 3), 0, Fraction(2, 3), 0, 0], [0, 1, 0, 0, 0],
         [0, 0, 0, Fraction(1, 4), Fraction(3, 4)], [0, 0, 0, 1, 0]]
    P = [[Fraction(x) for x in row] for row in P]
    check_chain(solution, P, [2], tol, "<states 0-2 and 3-4 never meet>")
    check_chain(solution, P, [4], tol, "<states 0-2 and 3-4 never meet>")


@pytest.mark.edge
def test_absorbed_elsewhere(solution, tol):
    """Reaching the target is possible but not certain (ruin at 0 may come first): inf, not a number."""
    check_close(solution.hitting_times(to_array(walk(6, Fraction(2, 3))), [6]), np.array([INF] * 6 + [0.0]),
                call="hitting_times(walk(6, 2/3), [6])", **tol)
    P = [[Fraction(1, 2), Fraction(1, 2), 0, 0], [Fraction(1, 4), 0, Fraction(1, 2), Fraction(1, 4)],
         [0, 0, 0, 1], [0, 0, 0, 1]]
    P = [[Fraction(x) for x in row] for row in P]
    check_chain(solution, P, [2], tol, "[[.5, .5, 0, 0], [.25, 0, .5, .25], [0, 0, 0, 1], [0, 0, 0, 1]]")


@pytest.mark.edge
def test_target_rows_do_not_matter(solution, tol):
    """What happens after a target does not count: the target here leads into a trap, yet state 0
    still arrives after 1 / 0.5 = 2 steps on average."""
    P = np.array([[0.5, 0.5, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 1.0]])
    check_close(solution.hitting_times(P, [1]), np.array([2.0, 0.0, INF]),
                call="hitting_times([[.5, .5, 0], [0, 0, 1], [0, 0, 1]], [1])", **tol)


def _unchanged(module, P, targets):
    import numpy as np

    before, targets_before = P.copy(), list(targets)
    module.hitting_times(P, targets)
    return bool(np.array_equal(P, before)) and targets == targets_before


@pytest.mark.edge
def test_input_not_modified(worker, np_rng):
    """hitting_times leaves P and targets as they were."""
    P = to_array(random_chain(np_rng, 6, irreducible=True))
    check(worker.probe(_unchanged, P, [1, 4], label="hitting_times(P, [1, 4])"),
          "hitting_times modified P or targets in place; work on copies")
