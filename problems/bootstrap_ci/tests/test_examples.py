"""Visible examples for bootstrap_ci (what `drill test` runs)."""

import pytest
from harness.authoring import expect_raises
from support import call_of, check_interval, run_bootstrap

X = [2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 2.8, 4.9]
EXAMPLES = [
    (X, 0, {}, (2.7125, 4.3503124999999985)),
    (X, 0, {"statistic": "median", "confidence": 0.9, "n_resamples": 1000}, (2.45, 4.550000000000001)),
    ([7.0], 1, {}, (7.0, 7.0)),
]


@pytest.mark.parametrize("data,seed,kwargs,want", EXAMPLES, ids=["mean", "median-90pct", "one-value"])
def test_example(worker, tol, data, seed, kwargs, want):
    call = call_of(data, seed, kwargs)
    check_interval(worker.probe(run_bootstrap, data, seed, kwargs, label=call), want, call=call, tol=tol)


def test_example_empty(worker):
    expect_raises(ValueError, worker.probe, run_bootstrap, [], 0, {}, label=call_of([], 0, {}), call=call_of([], 0, {}))
