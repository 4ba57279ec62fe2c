"""Hidden tests for reservoir_sampling: chi-square tests of uniformity over all k-subsets (fixed
seeds, thousands of samples drawn in one probe), valid samples from long streams, reproducibility
from the Generator alone, the short-stream and k = 0 conventions, and O(k) memory."""

import pytest
from support import (
    check_negative_k,
    check_samples_valid,
    check_uniform_subsets,
    draw_many,
    negative_k,
)

from harness.authoring import check, check_equal, fact


def test_pairs_of_six_uniform(worker):
    """1,500 samples of 2 from range(6): each of the 15 pairs about equally often."""
    samples = worker.probe(draw_many, 6, 2, 1500, 20240601, label="1,500 x reservoir_sample(iter(range(6)), 2, rng)")
    check_samples_valid(samples, 6, 2, "reservoir_sample(iter(range(6)), 2, rng)")
    check_uniform_subsets(samples, 6, 2, "reservoir_sample(iter(range(6)), 2, rng)")


def test_triples_of_twelve_uniform(worker):
    """2,200 samples of 3 from range(12): each of the 220 triples about equally often (early and late
    positions alike)."""
    samples = worker.probe(draw_many, 12, 3, 2200, 77, label="2,200 x reservoir_sample(iter(range(12)), 3, rng)")
    check_samples_valid(samples, 12, 3, "reservoir_sample(iter(range(12)), 3, rng)")
    check_uniform_subsets(samples, 12, 3, "reservoir_sample(iter(range(12)), 3, rng)")


def test_long_stream(worker):
    """k = 10 from a generator of 10,000 items, 3 times: distinct items, about half from the second half."""
    samples = worker.probe(draw_many, 10_000, 10, 3, 2024, label="reservoir_sample(<generator of 10,000>, 10, rng)")
    check_samples_valid(samples, 10_000, 10, "reservoir_sample(<generator of 10,000 ints>, 10, rng)")
    late = sum(x >= 5_000 for s in samples for x in s)
    check(3 <= late <= 27, f"of 30 items sampled from 3 streams of 10,000, {late} came from the second half; "
                           "about 15 expected: are late items reaching the reservoir?")


def _twice(module, seed):
    import numpy as np

    out = []
    for _ in range(2):
        rng = np.random.default_rng(seed)
        out.append([module.reservoir_sample(iter(range(50)), 4, rng) for _ in range(5)])
    return out


def test_same_seed_same_sample(worker, seed):
    """Two Generators with the same seed give the same samples: all randomness comes from rng."""
    first, second = worker.probe(_twice, seed, label="reservoir_sample(iter(range(50)), 4, rng) twice per seed")
    check(first == second, f"the same seed gave {first} and then {second}; draw every random number from rng "
                           "(not the random module, np.random.* or a Generator of your own)")


def _items_and_edges(module):
    import numpy as np

    rng = np.random.default_rng(3)
    words = ["alpha", "beta", "gamma", "delta", "beta"]
    return {
        "all_exact": module.reservoir_sample(iter(words), 5, rng),
        "all_more": module.reservoir_sample((w for w in words), 9, rng),
        "tuples": module.reservoir_sample(iter([(1, "x"), (2, "y"), (3, "z"), (4, "w")]), 2, rng),
        "zero": module.reservoir_sample(iter(range(10)), 0, rng),
        "empty": module.reservoir_sample(iter([]), 3, rng),
        "list_input": module.reservoir_sample([10, 20, 30], 3, rng),
    }


@pytest.mark.edge
def test_short_stream_returns_everything(worker):
    """At most k items: all of them, in stream order (repeated values kept); k = 0 and empty give []."""
    got = worker.probe(_items_and_edges, label="reservoir_sample on short streams")
    words = ["alpha", "beta", "gamma", "delta", "beta"]
    check_equal(got["all_exact"], words, call=f"reservoir_sample(iter({words}), 5, rng)")
    check_equal(got["all_more"], words, call=f"reservoir_sample((w for w in {words}), 9, rng)")
    check_equal(got["zero"], [], call="reservoir_sample(iter(range(10)), 0, rng)")
    check_equal(got["empty"], [], call="reservoir_sample(iter([]), 3, rng)")
    check_equal(got["list_input"], [10, 20, 30], call="reservoir_sample([10, 20, 30], 3, rng)")


@pytest.mark.edge
def test_items_are_returned_as_given(worker):
    """Items are any values (here tuples): the sample holds the items themselves."""
    got = worker.probe(_items_and_edges, label="reservoir_sample(iter(<4 tuples>), 2, rng)")["tuples"]
    pool = [(1, "x"), (2, "y"), (3, "z"), (4, "w")]
    check(type(got) is list and len(got) == 2 and all(g in pool for g in got) and got[0] != got[1],
          f"reservoir_sample(iter({pool}), 2, rng) returned {got!r}; expected a list of 2 different items "
          "of the stream")


@pytest.mark.edge
def test_negative_k_raises(worker):
    """k < 0 raises ValueError."""
    check_negative_k(worker.probe(negative_k, label="reservoir_sample(iter(range(10)), -1, rng)"))


def sample_five(module, n, seed):
    """One sample of 5 from a generator of n ints."""
    import numpy as np

    return module.reservoir_sample((i for i in range(n)), 5, np.random.default_rng(seed))


def stream_length(n, rng):
    return (n, rng.randrange(10**6))


@pytest.mark.complexity
def test_memory_does_not_grow_with_the_stream(complexity):
    """Peak extra memory for streams of n items with k = 5, at 4 sizes: O(k), not O(n)."""
    complexity.space(sample_five, stream_length, sizes=tuple(fact("space_sizes")), target="O(1)",
                     label="reservoir_sample(<n items>, 5, rng)")
