"""Visible examples for lru_cache (what `drill test` runs).

Each example creates the submission's LRUCache and calls its methods one at a time (remote
calls on the object living in the submission's process); an OrderedDict oracle here says what
each get should return, and why.
"""

import pytest
from support import check_sequence, run_with_handles

EXAMPLES = [
    # the prompt's example: eviction, a get that refreshes, an update that refreshes
    (2, [("put", 10, 100), ("put", 20, 200), ("get", 10), ("put", 30, 300), ("get", 20),
         ("put", 10, 111), ("put", 40, 400), ("get", 30), ("get", 10), ("get", 40)]),
    # capacity 1: every new key evicts the previous one
    (1, [("put", 4, 40), ("get", 4), ("put", 5, 50), ("get", 4), ("get", 5)]),
    # a miss on an empty cache, and a stored value of 0
    (3, [("get", 1), ("put", 1, 0), ("get", 1), ("put", 2, 7), ("get", 2), ("get", 3)]),
    # gets decide the order: 1 is read last, so 2 is the least recently used
    (2, [("put", 1, 11), ("put", 2, 22), ("get", 2), ("get", 1), ("put", 3, 33), ("get", 2),
         ("get", 1), ("get", 3)]),
]


@pytest.mark.parametrize("capacity,ops", EXAMPLES,
                         ids=["prompt", "capacity-1", "zero-value", "get-order"])
def test_example(solution, capacity, ops):
    results, raised = run_with_handles(solution, capacity, ops)
    check_sequence(capacity, ops, results, raised)
