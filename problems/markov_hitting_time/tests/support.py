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
