"""Visible examples for reservoir_sampling (what `drill test` runs)."""

from support import (
    check_negative_k,
    check_samples_valid,
    check_uniform_subsets,
    draw_many,
    negative_k,
)

from harness.authoring import check_equal


def _short_streams(module):
    import numpy as np

    rng = np.random.default_rng(7)
    return [module.reservoir_sample((c for c in "abc"), 5, rng),
            module.reservoir_sample(iter(range(10)), 0, rng),
            module.reservoir_sample(iter([]), 2, rng)]


def test_example_three_of_a_hundred(worker):
    samples = worker.probe(draw_many, 100, 3, 1, 7, label="reservoir_sample(iter(range(100)), 3, rng)")
    check_samples_valid(samples, 100, 3, "reservoir_sample(iter(range(100)), 3, rng)")


def test_example_short_streams(worker):
    got = worker.probe(_short_streams, label="reservoir_sample on short streams")
    check_equal(got[0], ["a", "b", "c"], call="reservoir_sample((c for c in 'abc'), 5, rng)")
    check_equal(got[1], [], call="reservoir_sample(iter(range(10)), 0, rng)")
    check_equal(got[2], [], call="reservoir_sample(iter([]), 2, rng)")


def test_example_negative_k(worker):
    check_negative_k(worker.probe(negative_k, label="reservoir_sample(iter(range(10)), -1, rng)"))


def test_example_pairs_of_six(worker):
    samples = worker.probe(draw_many, 6, 2, 1500, 11, label="1,500 x reservoir_sample(iter(range(6)), 2, rng)")
    check_samples_valid(samples, 6, 2, "reservoir_sample(iter(range(6)), 2, rng)")
    check_uniform_subsets(samples, 6, 2, "reservoir_sample(iter(range(6)), 2, rng)")
