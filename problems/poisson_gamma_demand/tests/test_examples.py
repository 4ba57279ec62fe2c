"""Visible examples for poisson_gamma_demand (what `drill test` runs)."""

import math

from support import check_pair, check_quantile, check_stock, log_pmf

from harness.authoring import check_close

COUNTS = [3, 5, 2, 4, 6]


def test_example_update(solution, tol):
    check_pair(solution.update(list(COUNTS), 2.0, 1.0), (22.0, 6.0), "update([3, 5, 2, 4, 6], a=2.0, b=1.0)", tol)


def test_example_pmf(solution, tol):
    for k, days in [(0, 1), (4, 1), (4, 7)]:
        check_close(solution.predictive_pmf(k, 22.0, 6.0, days), math.exp(log_pmf(k, 22.0, 6.0, days)),
                    call=f"predictive_pmf({k}, 22.0, 6.0, days={days})", **tol)


def test_example_quantile(solution):
    check_quantile(solution.demand_quantile(22.0, 6.0, 1), 7, "demand_quantile(22.0, 6.0, days=1)")
    check_quantile(solution.demand_quantile(22.0, 6.0, 7), 39, "demand_quantile(22.0, 6.0, days=7)")


def test_example_safety_stock(solution, tol):
    for counts, a, b, lead in [(COUNTS, 2.0, 1.0, 7), ([], 0.5, 0.05, 1), ([0, 0, 0, 0], 0.1, 1.0, 1)]:
        got = solution.safety_stock(list(counts), a, b, lead)
        check_stock(got, counts, a, b, lead, 0.95, f"safety_stock({counts}, {a}, {b}, lead_time={lead})", tol)
