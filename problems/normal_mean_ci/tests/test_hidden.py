"""Hidden tests for normal_mean_ci: generated samples against a float64 oracle, coverage over
simulated normal samples with t quantiles computed here (incomplete beta by continued fractions),
the known-sigma interval, and bad input."""

import math

import numpy as np
import pytest
from support import check_interval

from harness.authoring import call_text, check, expect_raises, fact

Z975 = 1.959963984540054


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the regularized incomplete beta (modified Lentz)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 1000):
        change = 0.0
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
            change = max(change, abs(d * c - 1.0))
        if change < 1e-16:
            break
    return h


def _beta_inc(a: float, b: float, x: float) -> float:
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1.0 - x) / b


def t_quantile(q: float, df: int) -> float:
    """Student t quantile for q > 0.5 by bisection on the cdf 1 - I_{df/(df+t^2)}(df/2, 1/2) / 2."""
    lo, hi = 0.0, 1e6
    for _ in range(200):
        mid = (lo + hi) / 2
        if 1.0 - 0.5 * _beta_inc(df / 2, 0.5, df / (df + mid * mid)) < q:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def oracle(data, c: float, sigma=None) -> tuple[float, float]:
    xs = [float(v) for v in data]
    n = len(xs)
    mean = math.fsum(xs) / n
    if sigma is None:
        dev = [v - mean for v in xs]
        spread = math.sqrt((math.fsum(d * d for d in dev) - math.fsum(dev) ** 2 / n) / (n - 1))
    else:
        spread = sigma
    half = c * spread / math.sqrt(n)
    return mean - half, mean + half


def run(solution, tol, data, c, sigma=None, *, call=None):
    kwargs = {} if sigma is None else {"sigma": sigma}
    call = call or call_text("normal_mean_ci", data, c, **kwargs)
    check_interval(solution.normal_mean_ci(data, c, **kwargs), oracle(data, c, sigma), call=call, tol=tol)


@pytest.mark.parametrize("n", [2, 3, 8, 30, 1000])
def test_t_interval(solution, np_rng, tol, n):
    """Sample sd (ddof=1) with the 95% t quantile for n - 1 degrees of freedom."""
    c = t_quantile(0.975, n - 1)
    for _ in range(5):
        data = np_rng.normal(np_rng.uniform(-50, 50), np_rng.uniform(0.1, 20), size=n)
        run(solution, tol, data.tolist() if n <= 8 else data, c,
            call=f"normal_mean_ci(<{n} values>, {c:.6g})")


@pytest.mark.parametrize("n", [1, 4, 50])
def test_known_sigma(solution, np_rng, tol, n):
    """Known sigma: the sample spread is ignored."""
    for sigma in (0.3, 2.0, 15.0):
        data = np_rng.normal(3.0, sigma, size=n)
        run(solution, tol, data.tolist(), Z975, sigma, call=f"normal_mean_ci(<{n} values>, {Z975}, sigma={sigma})")


def test_other_levels(solution, np_rng, tol):
    """90% and 99% critical values."""
    data = np_rng.normal(0.0, 1.0, size=12).tolist()
    for q in (0.95, 0.995):
        run(solution, tol, data, t_quantile(q, 11))


def coverage_runs(module, datasets, c, sigma):
    """In the worker: one interval per data set (a row)."""
    out = []
    for row in datasets:
        low, high = module.normal_mean_ci(row, c) if sigma is None else module.normal_mean_ci(row, c, sigma=sigma)
        out.append([float(low), float(high)])
    return out


def check_coverage(worker, np_rng, n, c, sigma, what):
    mu, sd = 7.0, 3.0
    datasets = np_rng.normal(mu, sd, size=(fact("coverage_samples"), n))
    intervals = np.array(worker.probe(coverage_runs, datasets, c, sigma,
                                      label=f"normal_mean_ci on {len(datasets):,} simulated samples of {n}"))
    coverage = float(((intervals[:, 0] <= mu) & (mu <= intervals[:, 1])).mean())
    check(0.935 <= coverage <= 0.965,
          f"{what}: your 95% intervals contained the true mean in {coverage:.2%} of 4,000 simulated N(7, 3^2) "
          f"samples of {n}; expected 93.5% to 96.5%")


@pytest.mark.parametrize("n", [3, 10])
def test_coverage_t_interval(worker, np_rng, n):
    """With the t quantile and the sample sd, 95% intervals cover the mean about 95% of the time."""
    c = t_quantile(0.975, n - 1)
    check_coverage(worker, np_rng, n, c, None, f"normal_mean_ci(sample, {c:.6g}) for samples of {n}")


def test_coverage_known_sigma(worker, np_rng):
    """With sigma known and z = 1.96, samples of 4 are covered about 95% of the time."""
    check_coverage(worker, np_rng, 4, Z975, 3.0, f"normal_mean_ci(sample, {Z975}, sigma=3.0) for samples of 4")


@pytest.mark.edge
def test_large_offset(solution, np_rng):
    """Values 1e8 + noise: the standard deviation survives a large common offset."""
    data = 1e8 + np_rng.normal(0.0, 1.0, size=20)
    check_interval(solution.normal_mean_ci(data, 2.093), oracle(data, 2.093),
                   call="normal_mean_ci(<20 values 1e8 + N(0, 1)>, 2.093)", tol={"rtol": 1e-12, "atol": 1e-6})


@pytest.mark.edge
def test_constant_sample(solution, tol):
    """All values equal: the sample sd is 0 and the interval is (value, value)."""
    run(solution, tol, [4.5, 4.5, 4.5], 4.302652729749464)


@pytest.mark.edge
def test_two_values(solution, tol):
    """The smallest sample without sigma: two values and the t quantile with 1 degree of freedom."""
    run(solution, tol, [1.0, 2.0], 12.706204736174707)


@pytest.mark.edge
@pytest.mark.parametrize("args,kwargs", [
    (([], 1.96), {}), (([], 1.96), {"sigma": 1.0}), (([3.0], 2.0), {}), (([1.0, 2.0], 0.0), {}),
    (([1.0, 2.0], -1.96), {}), (([1.0, 2.0], 1.96), {"sigma": 0.0}), (([1.0, 2.0], 1.96), {"sigma": -2.0}),
], ids=["empty", "empty-with-sigma", "one-value-no-sigma", "zero-critical", "negative-critical",
        "zero-sigma", "negative-sigma"])
def test_bad_input_raises_value_error(solution, args, kwargs):
    """Empty data, one value without sigma, a non-positive critical value or sigma: ValueError."""
    expect_raises(ValueError, solution.normal_mean_ci, *args, call=call_text("normal_mean_ci", *args, **kwargs),
                  **kwargs)


def _inputs_unchanged(module, array, values):
    before = (array.copy(), list(values))
    module.normal_mean_ci(array, 2.262)
    module.normal_mean_ci(values, 1.96, sigma=1.5)
    return bool((array == before[0]).all()) and values == before[1]


@pytest.mark.edge
def test_input_not_modified(worker, np_rng):
    """normal_mean_ci leaves its data, a float64 array or a list, as it was."""
    array = np_rng.normal(10.0, 2.0, size=10)
    values = np_rng.normal(0.0, 1.0, size=6).tolist()
    check(worker.probe(_inputs_unchanged, array, values, label="normal_mean_ci(data, ...)"),
          "normal_mean_ci(data, ...) modified its data (np.asarray does not copy a float64 array, so "
          "x -= x.mean() changes the caller's array); compute the deviations into a new array")
