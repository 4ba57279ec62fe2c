"""Shared by both markov_hitting_time test files: chain builders and an exact rational oracle that
decides infinity from exact hitting probabilities (a different route from solving for times)."""

from fractions import Fraction

import numpy as np


def walk(N, p, reflect=False):
    """Gambler's ruin on 0..N as Fractions: up with probability p, down with 1 - p; N absorbs;
    0 absorbs, or reflects to 1 when reflect is set."""
    p = Fraction(p)
    P = [[Fraction(0)] * (N + 1) for _ in range(N + 1)]
    P[N][N] = Fraction(1)
    P[0][1 if reflect else 0] = Fraction(1)
    for i in range(1, N):
        P[i][i + 1], P[i][i - 1] = p, 1 - p
    return P


def to_array(P):
    return np.array([[float(x) for x in row] for row in P], dtype=np.float64)


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
