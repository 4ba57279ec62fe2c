"""Classifying measurements: event counts, bytes and depths per size, CPU-time ratios -> a class.

Pure and deterministic (stdlib only): the worker uses it to label its evidence, the trusted
process recomputes every label from the raw numbers with it, and tests run it directly.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from harness.complexity.growth import Growth

__all__ = [
    "FRAME_BYTES_MAX",
    "GUARD_FACTOR",
    "GUARD_LINEAR_RATIO",
    "GUARD_MAX_BATCH",
    "GUARD_MIN_TIMED_SECONDS",
    "GUARD_QUADRATIC_RATIO",
    "SPACE_NOISE_BYTES",
    "bytes_held_by_frames",
    "check_sizes",
    "classify_bytes",
    "classify_counts",
    "classify_depths",
    "cpu_guard_verdict",
    "guard_batch",
    "guard_batches",
    "sublinear_ratio",
]


# --------------------------------------------------------------------------------------------
# Event counts
# --------------------------------------------------------------------------------------------

# Slope = log2 of how much the increment between successive sizes grows per doubling of n:
# O(log n) adds the same work at every doubling (slope 0), O(n) doubles it (1), O(n^2)
# quadruples it (2). Thresholds sit between the classes. n log n is only slightly above 1, by
# about log2((L+m)/(L+2))/(m-2) with L = log2(N) and m sizes, so that threshold is computed
# from the sizes (see _linearithmic_threshold) instead of being a constant.
SLOPE_LOG_MAX = 0.35       # below: O(log n) (log^2 n lands here too, ~0.2)
SLOPE_LINEARITHMIC_MAX = 1.5   # between n log n (~1.1) and n^2 (2)
SLOPE_QUADRATIC_MAX = 2.5      # between n^2 (2; n^2 log n ~2.1 is reported as n^2) and n^3 (3)
# Counts that grow by less than this many events per doubling, or do not grow at every
# doubling, are a constant plus noise: any O(log n) loop adds at least one line per doubling.
ERRATIC_GROWTH_PER_DOUBLING = 2


def check_sizes(sizes: Sequence[int]) -> tuple[int, ...]:
    """The sizes as a tuple; ValueError unless 3 or more positive ints, doubling each step."""
    sizes = tuple(sizes)
    if len(sizes) < 3:
        raise ValueError(f"need at least 3 sizes (N, 2N, 4N, ...), got {list(sizes)}")
    if any(type(n) is not int or n < 1 for n in sizes):
        raise ValueError(f"sizes must be positive ints, got {list(sizes)}")
    if any(b != 2 * a for a, b in itertools.pairwise(sizes)):
        raise ValueError(f"sizes must double each step (N, 2N, 4N, ...), got {list(sizes)}")
    return sizes


def _linearithmic_threshold(first_size: int, m: int) -> float:
    # Midpoint between the slope of pure n (1) and pure n log n for these sizes. Pure n log n:
    # increment k is 2^k N (L + k + 2), so the endpoint slope is 1 + log2((L+m)/(L+2))/(m-2).
    level = math.log2(first_size)
    return 1.0 + 0.5 * math.log2((level + m) / (level + 2)) / (m - 2)


def classify_counts(sizes: Sequence[int], counts: Sequence[int | None]) -> Growth:
    """Fit a growth class to event counts at sizes N, 2N, 4N, ... (None = over budget).

    Deterministic. A cut run is at least QUADRATIC, and WORSE when the sizes that finished
    already grew quadratically (or fewer than two finished, so nothing shows it is within n^2):
    an O(n^2) target therefore needs a budget that an acceptable O(n^2) solution never hits.
    """
    sizes = check_sizes(sizes)
    if len(counts) != len(sizes):
        raise ValueError(f"{len(counts)} counts for {len(sizes)} sizes")
    finished: list[int] = []
    for count in counts:
        if count is None:
            break
        finished.append(count)
    if len(finished) < len(sizes):
        return _classify_cut(sizes, finished)
    return _classify_complete(sizes, [float(c) for c in finished])


def _classify_cut(sizes: Sequence[int], finished: Sequence[int]) -> Growth:
    if len(finished) < 2:
        return Growth.WORSE
    if len(finished) == 2:
        # One step only: quadratic work quadruples per doubling (log2 ratio 2), n log n ~1.1.
        ratio = finished[1] / max(finished[0], 1)
        return Growth.WORSE if math.log2(max(ratio, 1e-9)) >= SLOPE_LINEARITHMIC_MAX \
            else Growth.QUADRATIC
    prefix = _classify_complete(sizes[:len(finished)], [float(c) for c in finished])
    return Growth.WORSE if prefix >= Growth.QUADRATIC else Growth.QUADRATIC


def _classify_complete(sizes: Sequence[int], counts: Sequence[float]) -> Growth:
    increments = [b - a for a, b in itertools.pairwise(counts)]
    doublings = len(increments)
    total = counts[-1] - counts[0]
    if max(increments) <= 0 or total < doublings:
        return Growth.CONSTANT
    if counts[-1] < sublinear_ratio(sizes) * max(counts[0], 1.0):
        # The whole range grew less than the geometric midpoint between flat (1x) and linear
        # (Fx for F times the input): sublinear, whatever the increments do. Without this gate
        # a noisy-flat series (863, 851, 849, 881) has increments -12, -2, +32 whose ratio
        # fakes a steep slope, and a flat two-ended BFS read as quadratic.
        # Any O(log n) loop adds work at every doubling; a series that also falls is noise.
        return Growth.CONSTANT if min(increments) <= 0 else Growth.LOG
    if min(increments) <= 0:
        # Growth that skipped a doubling: noise larger than one increment. Clamping the
        # non-positive increment would fake a steep slope, so read the exponent of the whole
        # range instead (k for n^k, a little over 1 for n log n), which noise barely moves.
        exponent = math.log2(counts[-1] / max(counts[0], 1.0)) / doublings
        return _class_for_slope(exponent, sizes[0], len(sizes))
    slope = math.log2(increments[-1] / increments[0]) / (doublings - 1)
    return _class_for_slope(slope, sizes[0], len(sizes))


def sublinear_ratio(sizes: Sequence[int]) -> float:
    """Growth over the whole range below which counts are sublinear: sqrt(sizes[-1] / sizes[0]).

    Linear work grows F = sizes[-1] / sizes[0] times (less only with a fixed overhead larger
    than ~2.8x the work at the smallest size, for F = 8); O(log n) at most log(F N)/log N,
    1.4x for N = 250, F = 8. The midpoint keeps a factor of 2 of margin to either side.
    """
    return math.sqrt(sizes[-1] / sizes[0])


def _class_for_slope(slope: float, first_size: int, m: int) -> Growth:
    if slope < SLOPE_LOG_MAX:
        return Growth.LOG
    if slope < _linearithmic_threshold(first_size, m):
        return Growth.LINEAR
    if slope < SLOPE_LINEARITHMIC_MAX:
        return Growth.LINEARITHMIC
    if slope < SLOPE_QUADRATIC_MAX:
        return Growth.QUADRATIC
    return Growth.WORSE


# Auxiliary bytes are noisier than event counts (allocator free lists, list over-allocation of
# up to 12.5%, int caches), so growth below this is treated as constant. Measured here: O(1)
# space functions vary by under 300 B between sizes (plus a one-off spike at the first size,
# which only lowers the growth); the smallest O(n) case in the corpus (a slice of n pointers,
# n = 64 to 512) grows by 3.6 KB.
SPACE_NOISE_BYTES = 2048


def classify_bytes(sizes: Sequence[int], aux_bytes: Sequence[int]) -> Growth:
    """Fit a growth class to auxiliary bytes at sizes N, 2N, 4N, ...

    Coarser than classify_counts: list over-allocation makes n and n log n indistinguishable in
    bytes, so n log n space is reported as O(n); n^2 and beyond are separated as usual.
    """
    sizes = check_sizes(sizes)
    if len(aux_bytes) != len(sizes):
        raise ValueError(f"{len(aux_bytes)} byte counts for {len(sizes)} sizes")
    values = [float(max(b, 0)) for b in aux_bytes]
    if values[-1] - values[0] < SPACE_NOISE_BYTES:
        return Growth.CONSTANT
    # Increments under the noise floor are noise: clamp them so they cannot fake a steep slope.
    floor = SPACE_NOISE_BYTES / (len(values) - 1)
    increments = [max(b - a, floor) for a, b in itertools.pairwise(values)]
    slope = math.log2(increments[-1] / increments[0]) / (len(increments) - 1)
    if len(increments) >= 2:
        # Peak memory is a max, not a sum: a fixed-size temporary (a 40 KB debug print) hides the
        # data at small sizes and makes the first increments flat, which would fake a steep slope.
        # Read the growth where the data dominates too, at the top doubling, and keep the lower.
        top_increments = math.log2(increments[-1] / increments[-2])
        top_values = math.log2(values[-1] / max(values[-2], floor))
        slope = min(slope, max(top_increments, top_values))
    if slope < SLOPE_LOG_MAX:
        return Growth.LOG
    if slope < SLOPE_LINEARITHMIC_MAX:
        return Growth.LINEAR
    if slope < SLOPE_QUADRATIC_MAX:
        return Growth.QUADRATIC
    return Growth.WORSE


# Memory that grows no faster than this per extra level of recursion is what the frames hold
# (an index int past the small-int cache, a partial result): the depth already classifies it.
# Without this, recursion limited to ~1000 levels straddles CPython's small-int cache (ints up
# to 256 are shared) and shows a jump of 32 bytes per level in the last size only.
FRAME_BYTES_MAX = 512


def bytes_held_by_frames(aux_bytes: Sequence[int], depths: Sequence[int],
                         depth_growth: Growth) -> bool:
    """Whether the bytes grew only as much as the call stack did (the depth already counts them)."""
    deeper = depths[-1] - depths[0]
    return (depth_growth >= Growth.LINEAR and deeper > 0
            and aux_bytes[-1] - aux_bytes[0] <= FRAME_BYTES_MAX * deeper)


def classify_depths(sizes: Sequence[int], depths: Sequence[int]) -> Growth:
    """Fit a growth class to the deepest call stack at sizes N, 2N, 4N, ..."""
    # Depths are exact small integers: recursive binary search adds 1 per doubling (LOG), a
    # recursive walk over n items doubles (LINEAR). The count classifier reads them directly.
    growth = classify_counts(sizes, list(depths))
    # A stack never deeper than n frames at any size is O(n), however unevenly it grew: a DFS
    # whose depth depends on the random shortcuts of its input (37, 65, 103, 126 frames or
    # 46, 62, 103, 148 for 600 to 4,800) cannot need more than one frame per item.
    if growth > Growth.LINEAR and all(d <= n for n, d in zip(sizes, depths, strict=True)):
        return Growth.LINEAR
    return growth


# --------------------------------------------------------------------------------------------
# CPU-time ratios (the guard)
# --------------------------------------------------------------------------------------------

GUARD_FACTOR = 32
# An n log n call grows by 32 * log(32 n1)/log(n1) ~= 32 * 1.5 = 48x from n1 ~ 1000 to 32 n1;
# a quadratic one by 1024x. The threshold is their geometric midpoint, sqrt(48 * 1024) ~= 222,
# which leaves a factor of 4.6 for timing noise on either side (measured here: linear code
# 29-35x, sorted() 54x, numpy sort 37-46x; list.insert(0) 865x, pop(0) 421x, slicing 558x).
GUARD_QUADRATIC_RATIO = 222.0
# Between O(log n) and O(n) (32x). Used only as a lower bound, for work that operation counting
# cannot see (numpy, copies), so it can fail only targets below O(n). In theory log n grows ~1.5x
# for 32x input, but each probe of a 32x larger list misses the caches more: over 20 seeds on an
# idle machine (benchmarks/bench_margins.py) correct binary searches read up to 4.3x, hidden
# linear copies at least 23x; 10 sits at their geometric mean (it was sqrt(1.5 * 32) = 6.9).
GUARD_LINEAR_RATIO = 10.0
# Tiny calls are all overhead and noise: a claim needs this much extra CPU time at 32 n1.
# Measured here: the first call on a freshly built input pays cold cache and TLB misses, 40-70
# us for one np.searchsorted on 0.6-5 million elements, 3-5 us for an empty timed region after
# building a large list. 200 us keeps a 3x margin over that, so choose n1 such that linear
# work at 32 n1 costs at least ~1 ms (lists: n1 >= 1000; numpy: n1 >= 50,000). A hidden
# quadratic copy at 32 n1 takes tens of milliseconds.
GUARD_MIN_LINEAR_SECONDS = 200e-6
GUARD_MIN_QUADRATIC_SECONDS = 1e-3
# A quadratic claim also needs a small call long enough to time: a zero or near-zero t_small
# (a tick-granular clock, or n1 far too small) would make any ratio meaningless.
GUARD_MIN_SMALL_SECONDS = 10e-6
# ... and a timed window at n1 long enough that noise cannot move the ratio across a threshold.
# A small call shorter than this is timed again as a batch of fresh inputs run back to back
# (up to GUARD_MAX_BATCH calls), and the time per call is the batch's time / its size.
# Measured here, 2 cores, idle and with both cores running a Python busy loop: a single
# sub-millisecond call reads 1.3-3.8x its batched time per call (in the sandbox the protocol
# around the call adds 40-170 us; in-process the first call on a fresh input pays cold caches:
# prepend_string's 0.23 ms against 0.10 ms batched, 158x against ~640x), so a linear sum read
# 1-20x alone and 22-32x batched, a factor of 7 below the quadratic threshold.
GUARD_MIN_TIMED_SECONDS = 2e-3
GUARD_MAX_BATCH = 400  # 2 * GUARD_MIN_TIMED_SECONDS / GUARD_MIN_SMALL_SECONDS
_NLOGN_EXCESS = 1.5


def _guard_thresholds(factor: int) -> tuple[float, float]:
    if factor == GUARD_FACTOR:
        return GUARD_LINEAR_RATIO, GUARD_QUADRATIC_RATIO
    return math.sqrt(_NLOGN_EXCESS * factor), math.sqrt(_NLOGN_EXCESS * factor ** 3)


def guard_batch(t_small: float) -> int:
    """How many small calls to time back to back so the window lasts GUARD_MIN_TIMED_SECONDS.

    Aims at twice the minimum: the batch's time per call comes out lower than the estimate it
    was sized from (a single call pays the cold start), and a window that falls just short
    would forfeit the claim (0.097 ms x 20 = 1.94 ms, measured here).
    """
    if t_small >= GUARD_MIN_TIMED_SECONDS:
        return 1
    return min(GUARD_MAX_BATCH, math.ceil(2 * GUARD_MIN_TIMED_SECONDS / max(t_small, 1e-6)))


def guard_batches(t_small: float, t_large: float, factor: int, batch: int,
                  batch_large: int) -> tuple[int, int]:
    """The batches (small, large) a reading needs before its claim can rest on it.

    The small call is batched when any claim is in sight, the large one when a quadratic claim
    is: a large call under 2 ms is as noisy as a small one (sum() over 32,000 ints read 0.19 to
    0.74 ms, min of 3, on busy cores; at factor 32 a claim already needs 2.2 ms, at factor 8 only
    0.3 ms). Unchanged batches mean the reading can be judged as is.
    """
    linear_ratio, quadratic_ratio = _guard_thresholds(factor)
    ratio = t_large / max(t_small, 1e-9)
    if ratio < linear_ratio:
        return batch, batch_large
    if t_small * batch < GUARD_MIN_TIMED_SECONDS:
        batch = max(batch, guard_batch(t_small))
    if ratio >= quadratic_ratio and t_large * batch_large < GUARD_MIN_TIMED_SECONDS:
        batch_large = max(batch_large, guard_batch(t_large))
    return batch, batch_large


def cpu_guard_verdict(t_small: float, t_large: float, factor: int = GUARD_FACTOR,
                      batch: int = 1, batch_large: int = 1) -> Growth | None:
    """Lower bound on the class from per-call CPU time at n1 and factor*n1, or None.

    QUADRATIC: the large call took more than ~222x (for factor 32) the small one, so hidden
    copying makes it at least quadratic. LINEAR: it grew clearly (more than 10x), so it is at
    least linear even if counting saw nothing (numpy). None: nothing beyond what counting says;
    time cannot separate n from n log n on a noisy machine, so the guard never claims that.
    """
    if factor < 2:
        raise ValueError("factor must be at least 2")
    if t_small < 0 or t_large < 0:
        raise ValueError("CPU times cannot be negative")
    if batch < 1 or batch_large < 1:
        raise ValueError("batches must be at least 1")
    linear_ratio, quadratic_ratio = _guard_thresholds(factor)
    ratio = t_large / max(t_small, 1e-9)
    extra = t_large - t_small
    # Each time is per call of a batch timed together: the windows were t * batch long.
    timed = min(t_small * batch, t_large * batch_large)
    if (ratio >= quadratic_ratio and extra >= GUARD_MIN_QUADRATIC_SECONDS
            and t_small >= GUARD_MIN_SMALL_SECONDS and timed >= GUARD_MIN_TIMED_SECONDS):
        return Growth.QUADRATIC
    if ratio >= linear_ratio and extra >= GUARD_MIN_LINEAR_SECONDS:
        return Growth.LINEAR
    return None
