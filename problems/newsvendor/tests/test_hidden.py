"""Hidden tests for newsvendor: random demand and costs against the test's own quantile and cost
(and a check that one unit more or less costs more), skewed small demand, large shapes where
P(D = 0) underflows, order zero, and bad input."""

import math

import pytest
from support import check_result

from harness.authoring import call_text, check, expect_raises, fact

MAX_MEAN = fact("max_mean")


def pmf_list(a, b, upto):
    """P(D = k) for k = 0..upto, by the ratio of consecutive terms taken in logs from log P(0)."""
    log_p = a * (math.log(b) - math.log(b + 1))
    out = []
    for k in range(upto + 1):
        out.append(math.exp(log_p))
        log_p += math.log(a + k) - math.log(k + 1) - math.log(b + 1)
    return out


def cost(a, b, cu, co, q, pmf):
    short = math.fsum((q - k) * pmf[k] for k in range(q))
    return co * short + cu * (a / b - q + short)


def oracle(a, b, cu, co):
    """(answer, pmf, margin): margin is how close the nearest F(k) comes to the critical ratio."""
    ratio = cu / (cu + co)
    upto = int(a / b + 12 * math.sqrt(a / b + a / b**2) + 50)
    pmf = pmf_list(a, b, upto)
    cdf, total = [], 0.0
    for p in pmf:
        total += p
        cdf.append(total)
    q = next(k for k, f in enumerate(cdf) if f >= ratio)
    margin = min(abs(f - ratio) for f in cdf[max(0, q - 2): q + 3])
    return {"order": q, "expected_cost": cost(a, b, cu, co, q, pmf), "critical_ratio": ratio}, pmf, margin


def run(solution, tol, a, b, cu, co):
    want, pmf, _ = oracle(a, b, cu, co)
    call = call_text("newsvendor", a, b, cu, co)
    got = solution.newsvendor(a, b, cu, co)
    check_result(got, want, call=call, tol=tol)
    q = want["order"]
    for other in (q - 1, q + 1):
        if other >= 0:
            assert cost(a, b, cu, co, other, pmf) >= want["expected_cost"] - 1e-9 * want["expected_cost"]


def random_case(rng):
    while True:
        mean = math.exp(rng.uniform(math.log(0.2), math.log(300)))
        b = math.exp(rng.uniform(math.log(0.05), math.log(5)))
        a = mean * b
        cu, co = round(rng.uniform(0.1, 10), 3), round(rng.uniform(0.1, 10), 3)
        _, _, margin = oracle(a, b, cu, co)
        if margin > 1e-9:
            return a, b, cu, co


def test_random_demand_and_costs(solution, rng, tol):
    """Random Gamma shapes and rates (mean 0.2 to 300) and costs: the exact quantile and its expected cost."""
    for _ in range(25):
        run(solution, tol, *random_case(rng))


def test_skewed_small_demand(solution, tol):
    """Small, very uncertain demand (shape 0.3 to 1.5): the normal approximation is furthest off."""
    for args in ((0.3, 0.1, 4.0, 1.0), (1.5, 0.5, 1.0, 1.0), (0.8, 0.02, 19.0, 1.0), (1.0, 1.0, 2.0, 3.0)):
        run(solution, tol, *args)


def test_critical_ratio_direction(solution, tol):
    """Cheap overstock (cu >> co) orders high; expensive overstock orders low."""
    run(solution, tol, 40.0, 1.0, 20.0, 1.0)
    run(solution, tol, 40.0, 1.0, 1.0, 20.0)


@pytest.mark.edge
@pytest.mark.parametrize(("a", "b"), [(5000.0, 1.0), (20000.0, 4.0), (3000.0, 0.6)],
                         ids=["a5000-b1", "a20000-b4", "a3000-b0.6"])
def test_large_shapes(solution, tol, a, b):
    """Shapes in the thousands (mean up to the largest allowed): (b / (b + 1))^a underflows to 0."""
    run(solution, tol, a, b, 3.0, 1.0)


@pytest.mark.edge
def test_order_zero(solution, tol):
    """P(D = 0) already meets the ratio: order nothing; the cost is all underage, cu E[D]."""
    run(solution, tol, 0.2, 1.0, 1.0, 2.0)


BAD = {"a-zero": (0.0, 1.0, 1.0, 1.0), "b-negative": (1.0, -1.0, 1.0, 1.0), "underage-zero": (1.0, 1.0, 0.0, 1.0),
       "overage-negative": (1.0, 1.0, 1.0, -2.0), "a-nan": (float("nan"), 1.0, 1.0, 1.0),
       "underage-inf": (20.0, 0.5, math.inf, 1.0), "b-inf": (1.0, math.inf, 1.0, 1.0)}


@pytest.mark.edge
@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_raises_value_error(solution, name):
    """A non-positive, nan or infinite shape, rate or cost: ValueError."""
    args = BAD[name]
    expect_raises(ValueError, solution.newsvendor, *args, call=call_text("newsvendor", *args))


def test_order_is_an_int(solution):
    """The order comes back as an int."""
    got = solution.newsvendor(20.0, 0.5, 3.0, 1.0)["order"]
    check(type(got) is int, f"newsvendor(20.0, 0.5, 3.0, 1.0)['order'] is {got!r} ({type(got).__name__}); expected an int")
