"""Shared by both poisson_gamma_demand test files: an exact-as-floats negative-binomial oracle and
the checks that turn a reply into a verdict."""

import math

from harness.authoring import check, check_close, type_name

MARGIN = 1e-9  # inputs whose cdf lies this close to the level are not used


def log_pmf(k, a, b, days):
    """log P(D = k) for lead-time demand D when lambda ~ Gamma(shape a, rate b)."""
    return (math.lgamma(k + a) - math.lgamma(a) - math.lgamma(k + 1)
            + a * (math.log(b) - math.log(b + days)) + k * (math.log(days) - math.log(b + days)))


def quantile_and_margin(a, b, days, level):
    """(q, distance of the level from P(D <= q - 1) and P(D <= q)), summing with math.fsum."""
    terms = []
    while True:
        terms.append(math.exp(log_pmf(len(terms), a, b, days)))
        cdf = math.fsum(terms)
        if cdf >= level:
            before = math.fsum(terms[:-1])
            return len(terms) - 1, min(cdf - level, level - before)


def is_int(value) -> bool:
    import numpy as np

    return type(value) is int or isinstance(value, np.integer)


def check_quantile(got, want, call, explain=""):
    check(is_int(got), f"{call} returned {got!r} (a {type_name(got)}); expected an int: {want}")
    check(int(got) == want, f"{call} returned {int(got)}; expected {want}{explain}")


def check_pair(got, want, call, tol):
    check(type(got) is tuple and len(got) == 2,
          f"{call} returned {got!r} (a {type_name(got)}); expected a tuple (shape, rate)")
    check_close(got[0], float(want[0]), call=f"{call}[0] (the posterior shape)", **tol)
    check_close(got[1], float(want[1]), call=f"{call}[1] (the posterior rate)", **tol)


def check_stock(got, counts, a, b, lead_time, level, call, tol):
    keys = {"reorder_point", "expected_demand", "safety_stock"}
    check(type(got) is dict and set(got) == keys,
          f"{call} returned {got!r}; expected a dict with exactly the keys {sorted(keys)}")
    shape, rate = a + sum(counts), b + len(counts)
    q, _ = quantile_and_margin(shape, rate, lead_time, level)
    mean = lead_time * shape / rate
    check_quantile(got["reorder_point"], q, f"{call}['reorder_point']",
                   f" (the smallest q with P(D <= q) >= {level} for D ~ negative binomial with posterior "
                   f"shape {shape:g}, rate {rate:g}, over {lead_time} days)")
    check_close(got["expected_demand"], mean, call=f"{call}['expected_demand']", **tol)
    check_close(got["safety_stock"], q - mean, call=f"{call}['safety_stock']", **tol)
