"""Hidden tests for markov_chain: stationary distributions and n-step matrices of generated chains
with rational entries against exact rational answers; periodic, nearly reducible and one-state
chains; a two-state chain against its closed form; and n = 10**15, which needs fast exponentiation."""

from fractions import Fraction

import numpy as np
import pytest

from harness.authoring import check, check_close


# Exact rational arithmetic for stationary distributions and matrix powers, so that expected
# answers carry no rounding error of their own (here, not in support.py: drill start copies that
# into the workspace, and this is an exact solution).
def as_fractions(weights):
    """A row-stochastic matrix of Fractions from non-negative integer weights (each row normalised)."""
    return [[Fraction(w, sum(row)) for w in row] for row in weights]


def to_array(matrix):
    return np.array([[float(x) for x in row] for row in matrix], dtype=np.float64)


def exact_stationary(P):
    """Solve pi (P - I) = 0, sum(pi) = 1 by Gaussian elimination over the rationals."""
    d = len(P)
    # rows of the system: (P^T - I) with the last equation replaced by all ones
    A = [[P[j][i] - (1 if i == j else 0) for j in range(d)] for i in range(d)]
    A[-1] = [Fraction(1)] * d
    rhs = [Fraction(0)] * (d - 1) + [Fraction(1)]
    for col in range(d):
        pivot = next(r for r in range(col, d) if A[r][col] != 0)
        A[col], A[pivot] = A[pivot], A[col]
        rhs[col], rhs[pivot] = rhs[pivot], rhs[col]
        for r in range(d):
            if r != col and A[r][col] != 0:
                f = A[r][col] / A[col][col]
                A[r] = [x - f * y for x, y in zip(A[r], A[col])]
                rhs[r] -= f * rhs[col]
    return [rhs[i] / A[i][i] for i in range(d)]


def exact_power(P, n):
    d = len(P)
    result = [[Fraction(int(i == j)) for j in range(d)] for i in range(d)]
    base = P
    while n:
        if n & 1:
            result = _mul(result, base)
        n >>= 1
        if n:
            base = _mul(base, base)
    return result


def _mul(A, B):
    cols = list(zip(*B))
    return [[sum(a * b for a, b in zip(row, col)) for col in cols] for row in A]


def random_weights(np_rng, d, sparse=False):
    """Integer weights for an irreducible chain: a cycle through every state, plus random edges."""
    W = np_rng.integers(1, 10, size=(d, d)) * (np_rng.random((d, d)) < (0.3 if sparse else 1.0))
    order = np_rng.permutation(d)
    for i in range(d):
        W[order[i], order[(i + 1) % d]] += int(np_rng.integers(1, 10))
    return [[int(w) for w in row] for row in W]


def check_stationary(solution, weights, tol, label):
    P = as_fractions(weights)
    got = solution.stationary_distribution(to_array(P))
    want = np.array([float(x) for x in exact_stationary(P)])
    check_close(got, want, call=f"stationary_distribution({label})", **tol)


@pytest.mark.parametrize("d", [3, 5, 8, 12])
def test_stationary_random_dense(solution, np_rng, tol, d):
    """Random chains with every transition possible, against the exact rational answer."""
    check_stationary(solution, random_weights(np_rng, d), tol, f"<random {d}-state chain>")


@pytest.mark.parametrize("d", [6, 10])
def test_stationary_random_sparse(solution, np_rng, tol, d):
    """Random sparse irreducible chains (a cycle through all states plus a few other moves)."""
    check_stationary(solution, random_weights(np_rng, d, sparse=True), tol, f"<random sparse {d}-state chain>")


def test_stationary_is_a_left_eigenvector(solution, tol):
    """A chain that is not doubly stochastic: pi P = pi, with pi far from uniform."""
    weights = [[1, 1, 0, 0], [0, 1, 3, 0], [0, 0, 1, 9], [20, 0, 0, 1]]
    check_stationary(solution, weights, tol, "[[.5, .5, 0, 0], [0, .25, .75, 0], [0, 0, .1, .9], [20/21, 0, 0, 1/21]]")


@pytest.mark.parametrize("n", [0, 1, 2, 7, 33, 100])
def test_n_step_random(solution, np_rng, tol, n):
    """P^n of a random 5-state chain, against exact rational powers."""
    P = as_fractions(random_weights(np_rng, 5, sparse=True))
    got = solution.n_step(to_array(P), n)
    check_close(got, to_array(exact_power(P, n)), call=f"n_step(<random 5-state chain>, {n})", **tol)


def test_n_step_rows_are_distributions(solution, np_rng, tol):
    """Each row of P^n is a probability distribution (non-negative, sums to 1)."""
    P = as_fractions(random_weights(np_rng, 9, sparse=True))
    got = solution.n_step(to_array(P), 45)
    check_close(got, to_array(exact_power(P, 45)), call="n_step(<random 9-state chain>, 45)", **tol)
    check_close(got.sum(axis=1), np.ones(9), call="n_step(<random 9-state chain>, 45).sum(axis=1)", **tol)


@pytest.mark.parametrize("d,n", [(6, 10**15), (6, 10**18), (20, 10**15)], ids=["6-1e15", "6-1e18", "20-1e15"])
def test_huge_n_stays_stochastic(solution, np_rng, tol, d, n):
    """For huge n every row of P^n is pi; rounding drift must not pile up over 60 squarings."""
    P = as_fractions(random_weights(np_rng, d))
    pi = np.array([float(x) for x in exact_stationary(P)])
    check_close(solution.n_step(to_array(P), n), np.tile(pi, (d, 1)), call=f"n_step(<random {d}-state chain>, {n})",
                rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("n", [10**6 + 1, 10**9, 10**12 + 7])
def test_two_state_closed_form(solution, tol, n):
    """[[1-a, a], [b, 1-b]] with a + b near 2: P^n = (1/(a+b)) ([[b, a], [b, a]] + (1-a-b)^n [[a, -a], [-b, b]])."""
    P = np.array([[5e-7, 1 - 5e-7], [1 - 7e-7, 7e-7]])
    a, b = 1 - 5e-7, 1 - 7e-7
    lam = 5e-7 + 7e-7 - 1.0
    want = (np.array([[b, a], [b, a]]) + lam ** n * np.array([[a, -a], [-b, b]])) / (a + b)
    check_close(solution.n_step(P.copy(), n), want, call=f"n_step([[5e-7, 1 - 5e-7], [1 - 7e-7, 7e-7]], {n})",
                rtol=1e-6, atol=1e-9)


@pytest.mark.edge
def test_one_state_chain(solution, tol):
    """d = 1: pi = [1] and P^n = [[1]] for every n, including 0."""
    check_close(solution.stationary_distribution(np.array([[1.0]])), np.array([1.0]),
                call="stationary_distribution([[1.0]])", **tol)
    for n in (0, 1, 10**18):
        check_close(solution.n_step(np.array([[1.0]]), n), np.array([[1.0]]), call=f"n_step([[1.0]], {n})", **tol)


@pytest.mark.edge
def test_self_loops(solution, tol):
    """Self-loops of very different strength; pi weighs each state by how long the chain stays there."""
    weights = [[999, 1, 0], [0, 1, 1], [1, 0, 9]]
    check_stationary(solution, weights, tol, "[[.999, .001, 0], [0, .5, .5], [.1, 0, .9]]")


@pytest.mark.edge
def test_periodic_chain(solution, tol):
    """A 3-cycle and a bipartite 4-state chain: periodic, so pi P^n never settles, but pi exists; P^n of
    the 3-cycle is P^(n mod 3)."""
    cycle = [[0, 1, 0], [0, 0, 1], [1, 0, 0]]
    check_stationary(solution, cycle, tol, "[[0, 1, 0], [0, 0, 1], [1, 0, 0]]")
    bip = [[0, 0, 1, 3], [0, 0, 2, 1], [1, 4, 0, 0], [1, 1, 0, 0]]
    check_stationary(solution, bip, tol, "<bipartite 4-state chain: [[0, 0, .25, .75], [0, 0, 2/3, 1/3], ...]>")
    P = np.array(cycle, dtype=np.float64)
    for n in (10**15, 10**15 + 1, 10**18 - 1):
        want = np.linalg.matrix_power(P, n % 3)
        check_close(solution.n_step(P.copy(), n), want, call=f"n_step([[0, 1, 0], [0, 0, 1], [1, 0, 0]], {n})", **tol)


@pytest.mark.edge
def test_nearly_reducible(solution, tol):
    """Two groups of 3 states that switch with probability 1e-6 (out of state 0) or 3e-6 (out of state 3)
    per step. Power iteration from uniform needs millions of steps to find how pi splits between them."""
    eps_out, eps_in = Fraction(1, 10**6), Fraction(3, 10**6)
    block_a = as_fractions([[2, 1, 1], [1, 1, 1], [1, 5, 4]])
    block_b = as_fractions([[1, 3, 1], [4, 1, 1], [1, 1, 8]])
    P = [[Fraction(0)] * 6 for _ in range(6)]
    for i in range(3):
        for j in range(3):
            P[i][j] = block_a[i][j] * (1 - eps_out if i == 0 else 1)
            P[3 + i][3 + j] = block_b[i][j] * (1 - eps_in if i == 0 else 1)
    P[0][3], P[3][0] = eps_out, eps_in
    want = np.array([float(x) for x in exact_stationary(P)])
    got = solution.stationary_distribution(to_array(P))
    check_close(got, want, call="stationary_distribution(<two 3-state groups switching with probability 1e-6 / 3e-6>)",
                rtol=1e-6, atol=1e-9)


def _unchanged(module, P):
    import numpy as np

    before = P.copy()
    module.stationary_distribution(P)
    module.n_step(P, 5)
    return bool(np.array_equal(P, before))


@pytest.mark.edge
def test_input_not_modified(worker, np_rng):
    """stationary_distribution and n_step leave P as it was."""
    P = to_array(as_fractions(random_weights(np_rng, 4)))
    check(worker.probe(_unchanged, P, label="stationary_distribution(P); n_step(P, 5)"),
          "stationary_distribution or n_step modified P in place; work on a copy")


@pytest.mark.complexity
def test_huge_n(solution, np_rng):
    """n = 10**15 on a 20-state chain: about 100 products with repeated squaring; 10**15 products
    one at a time would never finish (3 s limit)."""
    P = as_fractions(random_weights(np_rng, 20))
    # Time alone is judged here (a timeout fails the test): the value of this call is checked by
    # test_huge_n_stays_stochastic, so a fast but wrong answer reads as a correctness failure.
    solution.n_step(to_array(P), 10**15)
