"""Hidden tests for ab_sample_size: generated designs against an oracle with its own normal
quantile, the monotonicity a sample size must have, and bad input."""

import math
from itertools import pairwise

import pytest
from support import check_n

from harness.authoring import call_text, check, expect_raises


def normal_quantile(q: float) -> float:
    """Phi^-1(q) by bisection on the normal tail 0.5 * erfc(-x / sqrt(2)) (independent of NormalDist)."""
    lo, hi = -40.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(-mid / math.sqrt(2)) < q:
            lo = mid
        else:
            hi = mid
        if hi - lo <= 1e-15 * max(1.0, abs(mid)):
            break
    return (lo + hi) / 2


def unrounded(p1: float, p2: float, alpha: float, power: float) -> float:
    z = normal_quantile(1 - alpha / 2) + normal_quantile(power)
    return z * z * (p1 * (1 - p1) + p2 * (1 - p2)) / (p2 - p1) ** 2


def near_integer(x: float) -> bool:
    return abs(x - round(x)) < 1e-6 + 1e-9 * x


def run(solution, p1, p2, alpha=None, power=None):
    args = (p1, p2) + (() if alpha is None else (alpha,)) + (() if power is None else (power,))
    raw = unrounded(p1, p2, 0.05 if alpha is None else alpha, 0.8 if power is None else power)
    got = solution.ab_sample_size(*args)
    check_n(got, math.ceil(raw), call=call_text("ab_sample_size", *args), unrounded=raw)
    return got


@pytest.mark.parametrize("alpha,power", [(0.05, 0.8), (0.01, 0.9), (0.1, 0.95), (0.05, 0.5)])
def test_random_designs(solution, rng, alpha, power):
    """Random baselines and lifts (up or down) at several alphas and powers."""
    done = 0
    while done < 30:
        p1 = round(rng.uniform(0.01, 0.9), 4)
        p2 = round(p1 * (1 + rng.choice([-1, 1]) * rng.uniform(0.02, 0.5)), 5)
        if not 0 < p2 < 1 or p1 == p2 or near_integer(unrounded(p1, p2, alpha, power)):
            continue
        run(solution, p1, p2, alpha, power)
        done += 1


def test_default_alpha_and_power(solution):
    """Called with p1 and p2 only: alpha 0.05 and power 0.8."""
    run(solution, 0.30, 0.33)
    run(solution, 0.02, 0.025)


def test_smaller_effect_needs_more_users(solution):
    """Halving the lift roughly quadruples n; a smaller lift never needs fewer users."""
    sizes = [run(solution, 0.10, 0.10 + lift) for lift in (0.08, 0.04, 0.02, 0.01, 0.005)]
    check(all(a < b for a, b in pairwise(sizes)),
          f"n for lifts 0.08, 0.04, 0.02, 0.01, 0.005 over p1 = 0.10 were {sizes}; a smaller lift must need more users")


def test_higher_power_needs_more_users(solution):
    """n grows with the power (the z_beta term)."""
    sizes = [run(solution, 0.20, 0.23, 0.05, power) for power in (0.5, 0.7, 0.8, 0.9, 0.99)]
    check(all(a < b for a, b in pairwise(sizes)),
          f"n for power 0.5, 0.7, 0.8, 0.9, 0.99 (p1 0.20, p2 0.23) were {sizes}; more power must need more users")


def test_smaller_alpha_needs_more_users(solution):
    """n grows as alpha shrinks (the two-sided z_alpha term)."""
    sizes = [run(solution, 0.40, 0.44, alpha, 0.8) for alpha in (0.2, 0.1, 0.05, 0.01, 0.001)]
    check(all(a < b for a, b in pairwise(sizes)),
          f"n for alpha 0.2, 0.1, 0.05, 0.01, 0.001 (p1 0.40, p2 0.44) were {sizes}; a smaller alpha must need "
          "more users")


def test_swapping_rates_changes_nothing(solution):
    """A drop from p2 to p1 needs as many users as a rise from p1 to p2."""
    up, down = run(solution, 0.15, 0.18, 0.05, 0.9), run(solution, 0.18, 0.15, 0.05, 0.9)
    check(up == down, f"ab_sample_size(0.15, 0.18, ...) = {up} but ab_sample_size(0.18, 0.15, ...) = {down}")


@pytest.mark.edge
def test_tiny_lift_needs_millions(solution):
    """A lift of 0.0005 on a 5% baseline: millions of users per arm, still an exact int."""
    run(solution, 0.05, 0.0505)
    run(solution, 0.5, 0.5002, 0.01, 0.9)


@pytest.mark.edge
def test_huge_lift_needs_few_users(solution):
    """Lifts so large that a handful of users suffice; never 0 users."""
    run(solution, 0.1, 0.9)
    run(solution, 0.01, 0.99, 0.2, 0.5)


@pytest.mark.edge
def test_extreme_rates(solution):
    """Rates close to 0 and 1."""
    run(solution, 0.001, 0.002)
    run(solution, 0.998, 0.999, 0.05, 0.9)


@pytest.mark.edge
@pytest.mark.parametrize("args", [
    (0.1, 0.1), (0.0, 0.1), (0.1, 1.0), (-0.1, 0.2), (0.1, 0.2, 0.0), (0.1, 0.2, 1.0),
    (0.1, 0.2, 0.05, 1.0), (0.1, 0.2, 0.05, 0.3),
], ids=["no-effect", "p1-zero", "p2-one", "p1-negative", "alpha-zero", "alpha-one", "power-one", "power-low"])
def test_bad_input_raises_value_error(solution, args):
    """No effect, rates outside (0, 1), alpha outside (0, 1) or power outside [0.5, 1): ValueError."""
    expect_raises(ValueError, solution.ab_sample_size, *args, call=call_text("ab_sample_size", *args))
