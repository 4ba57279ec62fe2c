"""Visible examples for min_stack (what `drill test` runs).

Each example creates the submission's MinStack and calls its methods one at a time; a plain list
here says what each call should return, or that it should raise IndexError.
"""

import pytest
from support import check_sequence, run_with_handles

EXAMPLES = [
    # the prompt's example
    [("push", 5), ("push", 2), ("push", 7), ("get_min",), ("top",), ("pop",), ("pop",), ("get_min",), ("top",),
     ("pop",), ("top",)],
    # a duplicate minimum survives popping its twin
    [("push", 1), ("push", 1), ("pop",), ("get_min",), ("top",)],
    # negative values, the minimum changing back and forth
    [("push", -3), ("push", 4), ("push", -8), ("get_min",), ("pop",), ("get_min",), ("push", -3), ("get_min",)],
    # an empty stack raises, and stays usable
    [("get_min",), ("pop",), ("push", 0), ("get_min",), ("top",)],
]


@pytest.mark.parametrize("ops", EXAMPLES, ids=["prompt", "duplicate-minimum", "negatives", "empty"])
def test_example(solution, ops):
    results, failed = run_with_handles(solution, ops)
    check_sequence(ops, results, failed)
