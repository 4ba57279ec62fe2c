"""Visible examples for median_finder (what `drill test` runs).

Each example creates the submission's MedianFinder and calls its methods one at a time; a sorted
list here says what each median should be.
"""

import pytest
from support import check_sequence, run_with_handles

from harness.authoring import expect_raises

EXAMPLES = [
    # the prompt's example (after its first line, which is the empty case below)
    [("add", 1), ("median",), ("add", 2), ("median",), ("add", 3), ("median",), ("add", -10), ("median",)],
    # an odd count gives the middle value as a float
    [("add", 5), ("add", 1), ("add", 3), ("median",)],
    # an even count gives the average of the middle pair, negative here
    [("add", -1), ("add", -4), ("add", -2), ("add", -3), ("median",)],
    # duplicates all count
    [("add", 2), ("add", 2), ("add", 7), ("median",), ("add", 7), ("median",)],
]


@pytest.mark.parametrize("ops", EXAMPLES, ids=["prompt", "odd", "even-negative", "duplicates"])
def test_example(solution, ops):
    results, raised = run_with_handles(solution, ops)
    check_sequence(ops, results, raised)


def test_example_empty(solution):
    mf = solution.MedianFinder()
    expect_raises(ValueError, mf.median, call="mf = MedianFinder(); mf.median()", why="there are no values yet")
