"""Permutation test that only tracks group A's sum: a subset-sum count when exact, permutations when not."""

import math

import numpy as np


def _diff(sum_a: float, total: float, n_a: int, n_b: int) -> float:
    # mean(A) - mean(B) is fixed by the sum of group A once the pooled total is known.
    return sum_a / n_a - (total - sum_a) / n_b


def permutation_test(a, b, rng: np.random.Generator | None = None, n_resamples: int = 9999) -> float:
    xa = [float(v) for v in a]
    xb = [float(v) for v in b]
    n_a, n_b = len(xa), len(xb)
    if n_a == 0 or n_b == 0:
        raise ValueError("both samples must be non-empty")
    pooled = xa + xb
    total = math.fsum(pooled)
    observed = abs(_diff(math.fsum(xa), total, n_a, n_b)) - 1e-9
    splits = math.comb(n_a + n_b, n_a)
    if splits <= 20_000:
        # ways[k] maps a running sum of k chosen values to how many index subsets give it.
        ways: list[dict[float, int]] = [{} for _ in range(n_a + 1)]
        ways[0][0.0] = 1
        for v in pooled:
            for k in range(n_a, 0, -1):
                into = ways[k]
                for s, c in ways[k - 1].items():
                    key = s + v
                    into[key] = into.get(key, 0) + c
        count = sum(c for s, c in ways[n_a].items() if abs(_diff(s, total, n_a, n_b)) >= observed)
        return count / splits
    if rng is None:
        raise ValueError("a Generator is needed for the Monte Carlo test")
    values = np.asarray(pooled, dtype=np.float64)
    count = 0
    for _ in range(n_resamples):
        perm = rng.permutation(n_a + n_b)
        sum_a = float(values[perm[:n_a]].sum())
        if abs(_diff(sum_a, total, n_a, n_b)) >= observed:
            count += 1
    return (count + 1) / (n_resamples + 1)
