"""Shared by both reservoir_sampling test files: the probe that draws many samples inside the
worker, the chi-square tail probability, and the checks on what came back."""

import math
from collections import Counter
from itertools import combinations

from harness.authoring import check, short_repr


def draw_many(module, n, k, runs, seed):
    """runs samples of k from a generator over range(n), all from one Generator seeded with seed."""
    import numpy as np

    rng = np.random.default_rng(seed)
    out = []
    for _ in range(runs):
        got = module.reservoir_sample((i for i in range(n)), k, rng)
        out.append(list(got) if isinstance(got, list) else got)
    return out


def negative_k(module):
    """What reservoir_sample(iter(range(10)), -1, rng) does: the exception's type name, or what it returned."""
    import numpy as np

    try:
        got = module.reservoir_sample(iter(range(10)), -1, np.random.default_rng(0))
    except Exception as exc:  # noqa: BLE001 - any exception is reported by its type
        return ["raised", type(exc).__name__]
    return ["returned", repr(got)[:80]]


def check_negative_k(reply):
    call = "reservoir_sample(iter(range(10)), -1, rng)"
    check(reply == ["raised", "ValueError"],
          f"{call} {reply[0]} {reply[1]}; expected it to raise ValueError (k must be >= 0)")


def check_samples_valid(samples, n, k, call):
    """Every sample is a list of k distinct positions of range(n)."""
    for sample in samples:
        check(type(sample) is list, f"{call} returned {short_repr(sample, 60)}; expected a list")
        ok = len(sample) == k and len(set(sample)) == k and all(type(x) is int and 0 <= x < n for x in sample)
        check(ok, f"{call} returned {short_repr(sample, 60)}; expected {k} distinct items of range({n})")


def chi2_sf(x, df):
    """P(chi-square with df degrees of freedom > x): the regularized upper incomplete gamma Q(df/2, x/2)."""
    a, z = df / 2.0, x / 2.0
    if z <= 0:
        return 1.0
    log_front = a * math.log(z) - z - math.lgamma(a)
    if z < a + 1:  # series for the lower function P
        term = total = 1.0 / a
        denom = a
        while term > total * 1e-16:
            denom += 1
            term *= z / denom
            total += term
        return max(0.0, 1.0 - math.exp(log_front) * total)
    # Lentz's continued fraction for Q
    tiny = 1e-300
    b = z + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    for i in range(1, 10_000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-15:
            break
    return math.exp(log_front) * h


def check_uniform_subsets(samples, n, k, call, p_min=1e-6):
    """Pearson's chi-square over all C(n, k) subsets; fail below p_min, showing per-position rates."""
    subsets = list(combinations(range(n), k))
    counts = Counter(tuple(sorted(s)) for s in samples)
    expected = len(samples) / len(subsets)
    stat = sum((counts[s] - expected) ** 2 / expected for s in subsets)
    p = chi2_sf(stat, len(subsets) - 1)
    if p >= p_min:
        return
    included = Counter(x for s in samples for x in s)
    rates = ", ".join(f"{i}: {included[i] / len(samples):.3f}" for i in range(n))
    check(False, f"{call} is not uniform: over {len(samples):,} samples the {len(subsets)} possible sets of "
                 f"{k} positions came up unevenly (chi-square {stat:.1f} on {len(subsets) - 1} degrees of freedom, "
                 f"p = {p:.2g}). Each position should be chosen with probability {k}/{n} = {k / n:.3f}; "
                 f"observed: {rates}")
