"""The quadratic share of CPU times at the top sizes: n^2 work that a large per-element cost hides.

Pure (stdlib only), importable from any process. A brute force whose inner loop is one numpy
call per element (`np.flatnonzero(a[i+1:] == t - a[i])`) spends about 2.3 us per element on
the call and 0.085 ns per element pair on the comparison, so its n^2 part overtakes the linear
part only above n ~ 27,000: the guard's 32x ratio from a small size reads 75-175x, below its
quadratic threshold of 222x. Fitting t = a + b*n + c*n^2 to the CPU times at N/8, N/4, N/2 and
N separates them where the ratio cannot, if the claim also asks that the n^2 term be worth real
time: cache misses make honest code mildly superlinear (a dict pass grows 18x rather than 8x
from 12,000 to 96,000 numbers), so the share alone is noise. Measured here over 20 seeds
(benchmarks/bench_complexity.py --scaling), two_sum at n1 in [2,550, 3,000]: the numpy brute
force's n^2 term is worth 537-1,124 ms at N, linear and n log n solutions' at most 121 ms.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["SHARE_MIN_SECONDS", "SHARE_QUADRATIC", "SHARE_SETTLED", "SHARE_STEPS", "SHARE_STEP_RATIO",
           "quadratic_share", "top_step", "top_sizes"]

# The fitted n^2 term explains at least this much of the time at the largest size: quadratic.
SHARE_QUADRATIC = 0.3
# Below this after one sample per size the reading is far enough from the threshold that more
# samples cannot change it; above it each size is timed again and the minimum kept.
SHARE_SETTLED = SHARE_QUADRATIC / 2
# A claim also needs the n^2 term to be worth this much CPU time at N. Cache misses make a dict
# pass over 12,000 -> 96,000 numbers grow 18x rather than 8x (the dict leaves the 2 MB L2), which
# a fit reads as a share of up to 0.6 on a busy machine; but that share is worth under 30 ms,
# while the numpy brute force's is 0.5-0.8 s. Over 20 seeds on an idle machine (benchmarks/
# bench_margins.py) correct solutions whose share and growth passed both other criteria had at
# most 0.12 s in the n^2 term (a quickselect, a pairwise merge: memory effects at 32x), and the
# wrong ones this rule alone catches at least 0.56 s; 0.25 s sits at their geometric mean.
SHARE_MIN_SECONDS = 0.25
# ... and the time to have grown at least this much over the last 4x of n (linear work: 4x, n^2:
# 16x; the dict pass above: 5.6-6.5x, the numpy brute force 10.3-11x). A ratio of two sizes
# four-fold apart is steadier on a busy machine than the second difference of three.
SHARE_STEP_RATIO = 7.5
SHARE_STEPS = 4  # sizes N / 2^(SHARE_STEPS - 1) ... N


def top_sizes(n_large: int, steps: int = SHARE_STEPS) -> tuple[int, ...]:
    """The sizes of the fit, doubling up to n_large: (N/8, N/4, N/2, N) by default."""
    return tuple(max(1, n_large >> (steps - 1 - k)) for k in range(steps))


def quadratic_share(sizes: Sequence[int], seconds: Sequence[float]) -> tuple[float, float]:
    """(share, seconds): how much of the time at the largest size the fitted n^2 term explains,
    and that term's CPU seconds there. Least squares on relative errors (each size weighs the
    same whatever its time); a negative n^2 coefficient is a share of 0."""
    if len(sizes) != len(seconds) or len(sizes) < 3:
        raise ValueError("need at least 3 sizes, each with a time")
    if any(t <= 0 for t in seconds):
        return 0.0, 0.0
    # Normal equations A^T A x = A^T 1 for t = a + b*x + c*x^2 with x = n / N, solved by
    # Cramer's rule: scaling n to the largest size keeps the 3x3 system well conditioned, and c
    # is then the n^2 term's seconds at N.
    scale = float(max(sizes))
    rows = [(1.0 / t, (n / scale) / t, (n / scale) ** 2 / t) for n, t in zip(sizes, seconds, strict=True)]
    ata = [[sum(r[i] * r[j] for r in rows) for j in range(3)] for i in range(3)]
    atb = [sum(r[i] for r in rows) for i in range(3)]
    det = _det3(ata)
    if abs(det) < 1e-300:
        return 0.0, 0.0
    replaced = [row[:2] + [atb[i]] for i, row in enumerate(ata)]
    quadratic_seconds = _det3(replaced) / det
    if quadratic_seconds <= 0:
        return 0.0, 0.0
    return min(1.0, quadratic_seconds / seconds[-1]), quadratic_seconds


def top_step(seconds: Sequence[float]) -> float:
    """How much the time grew over the last two doublings (4 linear, 16 n^2)."""
    if len(seconds) < 3:
        raise ValueError("need at least 3 times")
    return seconds[-1] / seconds[-3] if seconds[-3] > 0 else float("inf")


def _det3(m: Sequence[Sequence[float]]) -> float:
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
