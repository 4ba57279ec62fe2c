"""Visible examples for merge_k_sorted_lists (what `drill test` runs).

Linked lists cannot cross to the submission's process as plain data, so each example runs in a
probe: it builds the lists there with the submission's ListNode, calls merge_k_lists, and sends
back the values it reads from the result. All judging happens here.
"""

import pytest
from support import _merge_in_worker, call_of, check_merged, run_probe

EXAMPLES = [
    [[1, 4, 5], [1, 3, 4], [2, 6]],
    [[], [2, 2], []],
    [[7, 9]],
    [],
    [[]],
]


@pytest.mark.parametrize("lists", EXAMPLES, ids=["three", "with-empty", "one-list", "no-lists", "one-empty"])
def test_example(worker, lists):
    check_merged(lists, run_probe(worker, call_of(lists), _merge_in_worker, lists))
