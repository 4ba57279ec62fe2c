"""Visible examples for serialize_tree (what `drill test` runs).

Trees cannot cross to the submission's process as plain data, so each example runs in a probe:
it builds the tree there with the submission's TreeNode from a level-order list (the root, then
each existing node's left and right child, None for a missing one), calls serialize and then
deserialize, and sends back the rebuilt tree as a level-order list. Any string format is fine:
only the round trip is checked.
"""

import pytest
from support import check_tree

EXAMPLES = [
    [1, 2, 3, None, None, 4, 5],
    [],
    [-7],
    [1, None, 2, 3],
    [10, -20, 300, 0, None, None, -4000],
]


@pytest.mark.parametrize("level", EXAMPLES, ids=["prompt", "empty", "single", "right-then-left", "signs-and-digits"])
def test_example(worker, level):
    check_tree(worker, level)
