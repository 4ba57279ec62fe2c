"""Shared by both markov_chain test files: exact rational arithmetic for stationary distributions
and matrix powers, so expected answers carry no rounding error of their own."""

from fractions import Fraction

import numpy as np


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
