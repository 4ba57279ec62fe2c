"""Visible examples for reverse_linked_list (what `drill test` runs).

Linked lists cannot cross to the submission's process as plain data, so each example runs in a
probe: it builds the list there with the submission's ListNode, calls reverse_list, and sends
back what it finds by walking the result. All judging happens here.
"""

import pytest
from support import _reverse_in_worker, check_reversed, list_text, run_probe

EXAMPLES = [
    [1, 2, 3, 4, 5],
    [1, 2],
    [7],
    [],
]


@pytest.mark.parametrize("values", EXAMPLES, ids=["five", "two", "one", "empty"])
def test_example(worker, values):
    call = f"reverse_list({list_text(values)})"
    check_reversed(values, run_probe(worker, call, _reverse_in_worker, list(values)))
