"""Hidden tests for merge_k_sorted_lists: random lists against sorting, empty lists, k = 1, equal
values across lists, counted time with k growing with N in three shapes, and two calls at the
largest sizes.

Every case runs in a probe that builds the lists in the submission's process with its ListNode,
merges them there, and sends back the values read from the result (guarding against cycles).
"""

import random

import pytest
from support import _merge_in_worker, call_of, check_merged, run_probe

from harness.authoring import fact

MAX_LISTS = fact("max_lists")
MAX_NODES = fact("max_nodes")
EACH = fact("nodes_per_list")


def merge_and_check(worker, lists):
    check_merged(lists, run_probe(worker, call_of(lists), _merge_in_worker, lists))


def random_sorted(rng, length, low=-50, high=50):
    return sorted(rng.randint(low, high) for _ in range(length))


# --- correctness -------------------------------------------------------------------------------


@pytest.mark.parametrize("batch", range(3))
def test_random_lists(worker, rng, batch):
    """Random sorted lists (2 to 8 of them, up to 10 nodes each, values overlapping), against sorting."""
    for _ in range(25):
        lists = [random_sorted(rng, rng.randint(1, 10)) for _ in range(rng.randint(2, 8))]
        merge_and_check(worker, lists)


def test_disjoint_ranges(worker):
    """Each list covers its own range, given out of order: whole lists go in one piece."""
    merge_and_check(worker, [[20, 21, 22], [0, 1, 2, 3], [10, 11], [30]])


def test_lists_of_different_lengths(worker, rng):
    """One long list and several short ones: the tail of the long list comes last."""
    lists = [random_sorted(rng, 200, -10**9, 10**9)] + [random_sorted(rng, 3, -10**9, 10**9) for _ in range(5)]
    merge_and_check(worker, lists)


def test_two_lists_one_runs_out_first(worker):
    """Two lists where one runs out early: the rest of the other must still be attached."""
    merge_and_check(worker, [[1, 2], [3, 4, 5, 6]])
    merge_and_check(worker, [[5, 6, 7], [1, 2]])


# --- edge cases --------------------------------------------------------------------------------


@pytest.mark.edge
@pytest.mark.parametrize("lists", [[], [[]], [[], [], []]], ids=["no-lists", "one-empty", "all-empty"])
def test_no_nodes(worker, lists):
    """No nodes at all: None."""
    merge_and_check(worker, lists)


@pytest.mark.edge
@pytest.mark.parametrize("lists", [[[], [1, 3], [], [2]], [[5], []], [[], [-4, -4, 0]]],
                         ids=["empty-between", "empty-last", "empty-first"])
def test_some_empty(worker, lists):
    """Empty lists (None) among non-empty ones are skipped."""
    merge_and_check(worker, lists)


@pytest.mark.edge
@pytest.mark.parametrize("lists", [[[4]], [[1, 2, 2, 9]]], ids=["one-node", "one-list"])
def test_k_is_one(worker, lists):
    """A single list comes back as it is."""
    merge_and_check(worker, lists)


@pytest.mark.edge
@pytest.mark.parametrize("lists", [[[2, 2], [2, 2, 2], [2]], [[1, 3, 5], [1, 3, 5], [1, 3, 5]],
                                   [[0], [0], [0], [0]]],
                         ids=["all-equal", "identical-lists", "equal-heads"])
def test_equal_values_across_lists(worker, lists):
    """Equal values in different lists: every copy is kept, and nodes are never compared."""
    merge_and_check(worker, lists)


@pytest.mark.edge
def test_random_few_values(worker, rng):
    """Random lists over three values, so heads tie all the time."""
    for _ in range(20):
        merge_and_check(worker, [random_sorted(rng, rng.randint(0, 6), -1, 1) for _ in range(rng.randint(1, 6))])


@pytest.mark.edge
def test_extremes(worker):
    """The ends of the value range."""
    merge_and_check(worker, [[-10**9, 10**9], [-10**9, 0], [10**9]])


# --- complexity --------------------------------------------------------------------------------


def merge_built(module, lists):
    """Link each list of values into the submission's ListNodes, back to front, and merge them."""
    heads = []
    for values in lists:
        head = None
        for value in reversed(values):
            node = module.ListNode(value)
            node.next = head
            head = node
        heads.append(head)
    return module.merge_k_lists(heads)


def interleaved(n, rng):
    """n nodes in n / 4 lists; list j holds j, j + k, j + 2k, j + 3k: every head is taken in turn.
    (Each shape is self-contained: it also runs in the worker.)"""
    k = max(n // 4, 1)
    order = list(range(k))
    rng.shuffle(order)
    return ([[j + i * k for i in range(4)] for j in order],)


def all_equal(n, rng):
    """n copies of one value in n / 4 lists."""
    value = rng.randint(-10**9, 10**9)
    return ([[value] * 4 for _ in range(max(n // 4, 1))],)


SHAPES = {"interleaved": interleaved, "all-equal": all_equal}


@pytest.mark.complexity
@pytest.mark.parametrize("shape", list(SHAPES))
def test_time_grows_like_n_log_n(complexity, shape):
    """Operations counted (building the lists included, comparisons inside heapq too) for N nodes in N / 4 lists."""
    assert EACH == 4  # the shapes above build lists of this many nodes
    complexity.time(merge_built, SHAPES[shape], sizes=tuple(fact("time_sizes")), guard_size=1_000,
                    label=f"merge_k_lists ({shape})")


@pytest.mark.complexity
def test_most_lists_most_nodes(worker, rng):
    """The most nodes spread over the most lists, within the time limit."""
    # Measured on 2 busy cores: the reference 0.15-0.3 s in the worker (building included); merging one list after
    # another walks the growing result k times (about 10**8 steps), far past the limit.
    spec = {"lists": MAX_LISTS, "each": MAX_NODES // MAX_LISTS, "seed": rng.randrange(2**31)}
    report = run_probe(worker, f"merge_k_lists(<{MAX_LISTS:,} random lists of {spec['each']} nodes>)",
                       _merge_in_worker, spec)
    r = random.Random(spec["seed"])
    lists = [sorted(r.randint(-10**9, 10**9) for _ in range(spec["each"])) for _ in range(spec["lists"])]
    check_merged(lists, report)


@pytest.mark.edge
@pytest.mark.complexity
def test_one_long_list_among_empty_ones(worker):
    """One list holding every node among many empty lists, within the time limit."""
    spec = {"long": MAX_NODES, "empty": MAX_LISTS}
    call = f"merge_k_lists(<one list 0 -> 1 -> ... of {MAX_NODES:,} nodes and {MAX_LISTS:,} empty lists>)"
    report = run_probe(worker, call, _merge_in_worker, spec)
    check_merged([list(range(MAX_NODES))] + [[]] * MAX_LISTS, report, call=call)
