"""The CPU guard's top-size fit (harness.complexity.scaling) and how it enters GuardEvidence."""

from __future__ import annotations

import pytest

from harness.complexity.evidence import GuardEvidence, TimeEvidence
from harness.complexity.explain import explain, measured_class
from harness.complexity.growth import Growth
from harness.complexity.scaling import (
    SHARE_MIN_SECONDS,
    SHARE_QUADRATIC,
    quadratic_share,
    top_sizes,
    top_step,
)

TOPS = (11_776, 23_552, 47_104, 94_208)
# Readings from this machine (seconds, min of 1-3 samples), two_sum at n1 = 2,944.
NUMPY_PAIRS = (0.0368, 0.0694, 0.2121, 0.7327)  # np.flatnonzero(a[i+1:] == t - a[i]) per element
DICT_PASS = (0.0021, 0.0054, 0.0125, 0.0313)    # the reference: cache misses, mildly superlinear
SORTED_NOISY = (0.0060, 0.0288, 0.0784, 0.1736)  # n log n on a busy machine, its worst reading


def _guard(top_times, t_small=None):
    t_small = t_small if t_small is not None else top_times[0] / 4
    return GuardEvidence(n_small=TOPS[-1] // 32, factor=32, t_small=t_small, t_large=top_times[-1],
                         clock="test", top_sizes=TOPS, top_times=tuple(top_times))


def test_top_sizes_double_up_to_the_large_size():
    assert top_sizes(96_000) == (12_000, 24_000, 48_000, 96_000)
    assert top_sizes(64, steps=3) == (16, 32, 64)


def test_the_fit_recovers_exact_terms():
    sizes = (1000, 2000, 4000, 8000)
    linear = [1e-3 + 2e-6 * n for n in sizes]
    share, seconds = quadratic_share(sizes, linear)
    assert share < 1e-6 and seconds < 1e-9
    mixed = [2.3e-6 * n + 0.085e-9 * n * n for n in sizes]
    share, seconds = quadratic_share(sizes, mixed)
    assert seconds == pytest.approx(0.085e-9 * 8000 ** 2, rel=1e-6)
    assert share == pytest.approx(seconds / mixed[-1], rel=1e-6)


def test_last_step_reads_linear_as_four_and_quadratic_as_sixteen():
    assert top_step([1, 2, 4, 8]) == pytest.approx(4)
    assert top_step([1, 4, 16, 64]) == pytest.approx(16)
    assert top_step([0, 2, 2]) == float("inf")


def test_a_numpy_brute_force_is_at_least_quadratic():
    """Must fail: the n^2 term is worth 0.6 s at the top size, and the last 4x of n took 10.6x."""
    guard = _guard(NUMPY_PAIRS)
    assert guard.ratio < 222  # the 32x ratio alone misses it
    assert guard.bound is Growth.QUADRATIC and guard.caught_by_share
    assert guard.share >= SHARE_QUADRATIC and guard.share_seconds >= SHARE_MIN_SECONDS
    evidence = TimeEvidence(sizes=(250, 500, 1000, 2000), counts=(2004, 4004, 8004, 16004),
                            budget_per_size=120_000, guard=guard)
    assert not evidence.meets(Growth.LINEAR)
    assert measured_class(evidence, Growth.LINEAR) == "at least O(n^2)"
    assert "n^2 term explains" in explain(evidence, Growth.LINEAR)


@pytest.mark.parametrize("times", [DICT_PASS, SORTED_NOISY], ids=["dict", "sorted-noisy"])
def test_linear_and_n_log_n_pass(times):
    """Must pass: a superlinear-looking reading whose n^2 part is worth too little time."""
    guard = _guard(times)
    assert guard.bound is not Growth.QUADRATIC
    evidence = TimeEvidence(sizes=(250, 500, 1000, 2000), counts=(2004, 4004, 8004, 16004),
                            budget_per_size=120_000, guard=guard)
    assert evidence.meets(Growth.LINEAR)
    assert "agrees" in explain(evidence, Growth.LINEAR)


def test_top_times_travel_and_are_checked():
    guard = _guard(NUMPY_PAIRS)
    again = GuardEvidence.from_dict(guard.to_dict())
    assert again == guard and again.bound is Growth.QUADRATIC
    broken = dict(guard.to_dict(), top_times=[0.1, "fast", 0.3, 0.4])
    with pytest.raises(ValueError, match="finite number"):
        GuardEvidence.from_dict(broken)
    with pytest.raises(ValueError, match="3 or more"):
        GuardEvidence(n_small=10, factor=32, t_small=1e-3, t_large=1e-2, clock="x", top_sizes=(1, 2),
                      top_times=(1.0, 2.0))
